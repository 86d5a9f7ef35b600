package coop.ess.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.CardId;
import coop.ess.core.MemberId;
import coop.ess.core.OrganisationId;
import coop.ess.core.RouteId;
import coop.ess.core.VenueId;
import coop.ess.core.directory.AccompanimentStage;
import coop.ess.core.directory.Card;
import coop.ess.core.directory.CardKind;
import coop.ess.core.directory.Directory;
import coop.ess.core.directory.DirectoryQuery;
import coop.ess.core.directory.ThematicRoute;
import coop.ess.core.directory.Theme;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The JSON form of the directory: cards, thematic routes, the directory and its queries. */
class DirectoryJsonTest {

  private static final EssJson JSON = EssJson.standard();

  static Card repairCafe() {
    return Card.builder().id(CardId.of("repair-cafe")).kind(CardKind.ACTOR).name("Repair café de la gare")
        .summary("Réparer ensemble, un samedi par mois").addThemes(Theme.of("reuse"), Theme.of("repair"))
        .addOffers("réparations", "prêt d'outils").addNeeds("bénévoles").organisation(OrganisationId.of("cargo"))
        .venue(VenueId.of("cargo")).build();
  }

  static Card bikeLab() {
    return Card.builder().id(CardId.of("bike-lab")).kind(CardKind.PROJECT).name("Atelier vélo")
        .addThemes(Theme.of("mobility")).addCarriers(MemberId.of("yanis"), MemberId.of("camille"))
        .address(VenueJsonTest.address()).stage(AccompanimentStage.INCUBATION).build();
  }

  static ThematicRoute route() {
    return ThematicRoute.builder().id(RouteId.of("reuse-chain")).title("La filière du réemploi")
        .description("De l'objet cassé au vélo qui roule").theme(Theme.of("reuse"))
        .addStops(CardId.of("repair-cafe"), CardId.of("bike-lab")).build();
  }

  static Directory directory() {
    return Directory.builder().addCards(repairCafe(), bikeLab()).addRoutes(route()).build();
  }

  @Test
  void aCardMatchesItsGoldenFile() {
    Golden.check("Card", bikeLab(), Card.class);
  }

  @Test
  void aThematicRouteMatchesItsGoldenFile() {
    Golden.check("ThematicRoute", route(), ThematicRoute.class);
  }

  @Test
  void aDirectoryMatchesItsGoldenFile() {
    Golden.check("Directory", directory(), Directory.class);
  }

  @Test
  void aDirectoryQueryMatchesItsGoldenFile() {
    Golden.check("DirectoryQuery", DirectoryQuery.builder().text("réemploi vélo").addThemes(Theme.of("reuse"))
        .kind(CardKind.PROJECT).stage(AccompanimentStage.EMERGENCE).build(), DirectoryQuery.class);
  }

  @Test
  void anEmptyDocumentIsAnEmptyDirectoryOrQuery() {
    assertThat(JSON.read("{}", Directory.class)).isEqualTo(Directory.builder().build());
    assertThat(JSON.read("{}", DirectoryQuery.class)).isEqualTo(DirectoryQuery.builder().build());
  }

  @Test
  void aRouteThroughAnUnknownCardIsRefusedAtTheStop() {
    String json = JSON.write(directory()).replace("\"stops\":[\"repair-cafe\",\"bike-lab\"]",
        "\"stops\":[\"repair-cafe\",\"bike-shop\"]");

    assertThatThrownBy(() -> JSON.read(json, Directory.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> {
          assertThat(e.pointer()).isEqualTo("/routes/0/stops/1");
          assertThat(e.reason()).contains("bike-shop");
        });
  }

  @Test
  void aStageOnAnActorIsRefusedAtTheStage() {
    String json = "{\"id\":\"a\",\"kind\":\"actor\",\"name\":\"A\",\"stage\":\"idea\"}";

    assertThatThrownBy(() -> JSON.read(json, Card.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/stage"));
  }

  @Test
  void aThemeThatIsNotASlugIsRefusedAtItsPointer() {
    String json = JSON.write(bikeLab()).replace("\"mobility\"", "\"Mobilité\"");

    assertThatThrownBy(() -> JSON.read(json, Card.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/themes/0"));
  }

  @Test
  void aBlankNeedIsRefusedAtItsIndex() {
    String json = JSON.write(repairCafe()).replace("\"bénévoles\"", "\" \"");

    assertThatThrownBy(() -> JSON.read(json, Card.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/needs/0"));
  }

  @Test
  void aRouteWithoutStopsIsRefusedAtItsStops() {
    String json = JSON.write(route()).replaceFirst("\"stops\":\\[[^]]*]", "\"stops\":[]");

    assertThatThrownBy(() -> JSON.read(json, ThematicRoute.class)).isInstanceOfSatisfying(EssJsonException.class,
        e -> assertThat(e.pointer()).isEqualTo("/stops"));
  }

  @Test
  void aQueryForAnUnknownKindIsRefusedAtItsKind() {
    assertThatThrownBy(() -> JSON.read("{\"kind\":\"shop\"}", DirectoryQuery.class))
        .isInstanceOfSatisfying(EssJsonException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/kind");
          assertThat(e.reason()).contains("actor, project");
        });
  }

  @Property
  void kindsAndStagesSurviveARoundTrip(@ForAll CardKind kind, @ForAll AccompanimentStage stage) {
    assertThat(JSON.read(JSON.write(kind), CardKind.class)).isEqualTo(kind);
    assertThat(JSON.read(JSON.write(stage), AccompanimentStage.class)).isEqualTo(stage);
  }

  @Property(tries = 100)
  void directoriesSurviveARoundTrip(@ForAll("directories") Directory directory) {
    assertThat(JSON.read(JSON.write(directory), Directory.class)).isEqualTo(directory);
  }

  @Property
  void queriesSurviveARoundTrip(@ForAll("queries") DirectoryQuery query) {
    assertThat(JSON.read(JSON.write(query), DirectoryQuery.class)).isEqualTo(query);
  }

  @Provide
  Arbitrary<DirectoryQuery> queries() {
    return Combinators.combine(Arbitraries.strings().ofMaxLength(20), themes().set().ofMaxSize(3),
        Arbitraries.of(CardKind.class).optional(), Arbitraries.of(AccompanimentStage.class).optional())
        .as((text, themes, kind, stage) -> DirectoryQuery.builder().text(text).addAllThemes(themes).kind(kind)
            .stage(stage).build());
  }

  @Provide
  Arbitrary<Directory> directories() {
    // Routes are drawn with stop positions, then keep the positions of cards that exist.
    Arbitrary<Route> routes = Combinators.combine(TimebankSamples.ids(), texts(), texts().optional(),
        themes().optional(), Arbitraries.integers().between(0, 4).list().ofMinSize(1).ofMaxSize(3)).as(Route::new);
    return Combinators.combine(cards().list().ofMaxSize(5).uniqueElements(Card::id),
        routes.list().ofMaxSize(3).uniqueElements(Route::id))
        .as((cards, drafts) -> {
          Directory.Builder directory = Directory.builder().addAllCards(cards);
          for (Route draft : drafts) {
            List<CardId> chosen = draft.stops().stream().filter(i -> i < cards.size()).distinct()
                .map(i -> cards.get(i).id()).toList();
            if (!chosen.isEmpty()) {
              directory.addRoutes(ThematicRoute.builder().id(RouteId.of(draft.id())).title(draft.title())
                  .description(draft.description()).theme(draft.theme()).addAllStops(chosen).build());
            }
          }
          return directory.build();
        });
  }

  /** A route with the positions of the cards it should stop at. */
  private record Route(String id, String title, Optional<String> description, Optional<Theme> theme,
      List<Integer> stops) {}

  private static Arbitrary<Theme> themes() {
    return Arbitraries.of("reuse", "good-food", "free-software", "x1").map(Theme::of);
  }

  private static Arbitrary<String> texts() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(15).filter(text -> !text.isBlank());
  }

  private static Arbitrary<Card> cards() {
    Arbitrary<Card.Builder> base = Combinators.combine(TimebankSamples.ids(), Arbitraries.of(CardKind.class),
        texts(), texts().optional(), themes().set().ofMaxSize(3), texts().list().ofMaxSize(2),
        texts().list().ofMaxSize(2))
        .as((id, kind, name, summary, themes, needs, offers) -> {
          Card.Builder builder = Card.builder();
          builder.id(CardId.of(id)).kind(kind).name(name).summary(summary).addAllThemes(themes)
              .addAllNeeds(needs).addAllOffers(offers);
          return builder;
        });
    return Combinators.combine(base, TimebankSamples.ids().optional(), TimebankSamples.ids().list().ofMaxSize(2),
        TimebankSamples.ids().optional(), Arbitraries.of(AccompanimentStage.class).optional(),
        Arbitraries.of(true, false))
        .as((builder, organisation, carriers, venue, stage, located) -> {
          builder.organisation(organisation.map(OrganisationId::of))
              .addAllCarriers(carriers.stream().map(MemberId::of).toList()).venue(venue.map(VenueId::of));
          if (located) {
            builder.address(VenueJsonTest.address());
          }
          Card card = builder.build();
          return card.kind() == CardKind.PROJECT ? Card.builder().from(card).stage(stage).build() : card;
        });
  }

}
