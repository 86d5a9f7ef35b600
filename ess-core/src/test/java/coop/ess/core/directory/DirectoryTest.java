package coop.ess.core.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.CardId;
import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssValidationException;
import coop.ess.core.RouteId;
import coop.ess.core.Violation;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class DirectoryTest {

  private static final Theme REUSE = Theme.of("reuse");
  private static final Theme FOOD = Theme.of("good-food");

  private static final Card RESSOURCERIE = Card.builder().id(CardId.of("ressourcerie")).kind(CardKind.ACTOR)
      .name("Ressourcerie du Pays").summary("Collecte, réemploi et vente d'objets de seconde main")
      .addThemes(REUSE).addOffers("Vente solidaire").build();
  private static final Card BIKES = Card.builder().id(CardId.of("atelier-velo")).kind(CardKind.PROJECT)
      .name("Atelier vélo").summary("Réparer son vélo avec des bénévoles").addThemes(REUSE)
      .addNeeds("Un local", "Des outils").stage(AccompanimentStage.INCUBATION).build();
  private static final Card GROCERY = Card.builder().id(CardId.of("epicerie")).kind(CardKind.ACTOR)
      .name("Épicerie gratuite").summary("Contre la précarité étudiante et le gaspillage alimentaire")
      .addThemes(FOOD).build();

  private static final Directory DIRECTORY = Directory.builder().addCards(RESSOURCERIE, BIKES, GROCERY)
      .addRoutes(ThematicRoute.builder().id(RouteId.of("reuse-chain")).title("La filière du réemploi")
          .theme(REUSE).addStops(CardId.of("ressourcerie"), CardId.of("atelier-velo")).build())
      .build();

  @Test
  void textSearchIgnoresCaseAndAccentsAndMatchesWordStarts() {
    assertThat(DIRECTORY.search(DirectoryQuery.text("REEMPLOI"))).containsExactly(RESSOURCERIE);
    assertThat(DIRECTORY.search(DirectoryQuery.text("vel repar"))).containsExactly(BIKES);
    assertThat(DIRECTORY.search(DirectoryQuery.text("epicerie gaspi"))).containsExactly(GROCERY);
    assertThat(DIRECTORY.search(DirectoryQuery.text("nothing-like-this"))).isEmpty();
  }

  @Test
  void wordsInTheNameRankFirst() {
    Card mentionsBikes = Card.builder().id(CardId.of("cafe")).kind(CardKind.ACTOR).name("Café associatif")
        .summary("On y parle de vélo").build();
    Directory directory = Directory.builder().addCards(mentionsBikes, BIKES).build();
    assertThat(directory.search(DirectoryQuery.text("vélo"))).containsExactly(BIKES, mentionsBikes);
  }

  @Test
  void criteriaCombine() {
    assertThat(DIRECTORY.search(DirectoryQuery.theme(REUSE))).containsExactly(BIKES, RESSOURCERIE);
    assertThat(DIRECTORY.search(DirectoryQuery.builder().addThemes(REUSE).kind(CardKind.PROJECT).build()))
        .containsExactly(BIKES);
    assertThat(DIRECTORY.search(DirectoryQuery.builder().stage(AccompanimentStage.IDEA).build())).isEmpty();
    assertThat(DIRECTORY.cardsWithTheme(FOOD)).containsExactly(GROCERY);
  }

  @Test
  void routesListTheirCardsInOrder() {
    assertThat(DIRECTORY.stopsOf(RouteId.of("reuse-chain"))).containsExactly(RESSOURCERIE, BIKES);
    assertThatThrownBy(() -> DIRECTORY.stopsOf(RouteId.of("none"))).isInstanceOf(EssNotFoundException.class);
    assertThat(DIRECTORY.card(CardId.of("epicerie"))).contains(GROCERY);
  }

  @Test
  void routesMustStopAtKnownCardsOnce() {
    assertThatThrownBy(() -> ThematicRoute.builder().id(RouteId.of("r")).title("R")
        .addStops(CardId.of("a"), CardId.of("a")).build())
        .isInstanceOf(EssValidationException.class).hasMessageContaining("route.repeatedStop");
    assertThatThrownBy(() -> Directory.builder().addCards(GROCERY, GROCERY)
        .addRoutes(ThematicRoute.builder().id(RouteId.of("r")).title("R").addStops(CardId.of("ghost")).build())
        .build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field)
            .containsExactly(
                Tuple.tuple("directory.duplicateCard", "cards[1].id"),
                Tuple.tuple("route.unknownCard", "routes[0].stops[0]")));
  }

  @Test
  void onlyProjectsHaveAStage() {
    assertThatThrownBy(() -> Card.builder().id(CardId.of("x")).kind(CardKind.ACTOR).name("X")
        .stage(AccompanimentStage.IDEA).build())
        .isInstanceOf(EssValidationException.class).hasMessageContaining("card.stageOnActor");
    assertThat(AccompanimentStage.LAUNCHED.isAfter(AccompanimentStage.INCUBATION)).isTrue();
  }
}
