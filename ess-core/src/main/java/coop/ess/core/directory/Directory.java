package coop.ess.core.directory;

import coop.ess.core.CardId;
import coop.ess.core.EssNotFoundException;
import coop.ess.core.RouteId;
import coop.ess.core.internal.Checks;
import coop.ess.core.internal.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The directory of a territory: one {@link Card} per actor or project, and {@link ThematicRoute}s through them.
 *
 * <p>Card and route identifiers are unique and every stop of a route is a card of the directory. Search by text
 * and theme goes through an index built on first use. Example:
 *
 * <pre>{@code
 * Directory directory = Directory.builder().addCards(grocery, repairCafe).addRoutes(reuseRoute).build();
 * List<Card> found = directory.search(DirectoryQuery.text("réemploi"));
 * List<Card> route = directory.stopsOf(RouteId.of("reuse-chain"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Directory {

  private static final int NAME_WEIGHT = 3;
  private static final int THEME_WEIGHT = 2;

  Directory() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The cards, in the order given.
   *
   * @return the cards, not null
   */
  public abstract List<Card> cards();

  /**
   * The thematic routes, in the order given.
   *
   * @return the routes, not null
   */
  public abstract List<ThematicRoute> routes();

  /**
   * Looks a card up.
   *
   * @param id the card, not null
   * @return the card, or empty if unknown
   */
  public final Optional<Card> card(CardId id) {
    Integer index = index().positions.get(id);
    return index == null ? Optional.empty() : Optional.of(cards().get(index));
  }

  /**
   * The cards of a route, in the route's order.
   *
   * @param route the route, not null
   * @return the cards, not null
   * @throws EssNotFoundException if the route is unknown
   */
  public final List<Card> stopsOf(RouteId route) {
    ThematicRoute found = routes().stream().filter(r -> r.id().equals(route)).findFirst()
        .orElseThrow(() -> new EssNotFoundException("route", route.value(), "directory"));
    // Every stop is a card of the directory: the check at construction guarantees it.
    return found.stops().stream().map(id -> card(id).orElseThrow()).toList();
  }

  /**
   * The cards that match a query, best first: a word found in the name counts most, then in the themes, then
   * elsewhere; ties go by name, then identifier.
   *
   * @param query the query, not null
   * @return the matching cards, not null
   */
  public final List<Card> search(DirectoryQuery query) {
    SearchIndex index = index();
    BitSet candidates = new BitSet(cards().size());
    candidates.set(0, cards().size());
    int[] score = new int[cards().size()];
    for (String word : Text.words(query.text())) {
      BitSet matching = new BitSet(cards().size());
      index.addPrefixMatches(index.all, word, matching, score, 1);
      index.addPrefixMatches(index.names, word, null, score, NAME_WEIGHT - 1);
      index.addPrefixMatches(index.themes, word, null, score, THEME_WEIGHT - 1);
      candidates.and(matching);
    }
    // Sort keys: score (descending) in the high half, the card's rank by (folded name, id) in the low half.
    long[] keys = new long[candidates.cardinality()];
    int count = 0;
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      Card card = cards().get(i);
      if (card.themes().containsAll(query.themes())
          && query.kind().map(kind -> kind == card.kind()).orElse(true)
          && query.stage().map(stage -> card.stage().filter(stage::equals).isPresent()).orElse(true)) {
        keys[count++] = ((long) (Integer.MAX_VALUE - score[i]) << 32) | index.nameRank[i];
      }
    }
    Arrays.sort(keys, 0, count);
    List<Card> result = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      result.add(cards().get(index.byNameRank[(int) keys[k]]));
    }
    return result;
  }

  /**
   * The cards with a theme, in directory order.
   *
   * @param theme the theme, not null
   * @return the cards, not null
   */
  public final List<Card> cardsWithTheme(Theme theme) {
    return cards().stream().filter(card -> card.themes().contains(theme)).toList();
  }

  @Value.Lazy
  SearchIndex index() {
    return new SearchIndex(cards());
  }

  @Value.Check
  final void check() {
    Checks checks = Checks.of("Directory");
    Map<CardId, Integer> cardIds = new HashMap<>();
    for (int i = 0; i < cards().size(); i++) {
      CardId id = cards().get(i).id();
      checks.check(cardIds.putIfAbsent(id, i) == null, "directory.duplicateCard", "cards[" + i + "].id", "id", id);
    }
    Map<RouteId, Integer> routeIds = new HashMap<>();
    for (int r = 0; r < routes().size(); r++) {
      ThematicRoute route = routes().get(r);
      checks.check(routeIds.putIfAbsent(route.id(), r) == null, "directory.duplicateRoute",
          "routes[" + r + "].id", "id", route.id());
      for (int s = 0; s < route.stops().size(); s++) {
        CardId stop = route.stops().get(s);
        checks.check(cardIds.containsKey(stop), "route.unknownCard", "routes[" + r + "].stops[" + s + "]",
            "card", stop, "route", route.id());
      }
    }
    checks.throwIfInvalid();
  }

  /** The words of every card, by field, each mapped to the cards that contain it. */
  static final class SearchIndex {
    final Map<CardId, Integer> positions = new HashMap<>();
    final NavigableMap<String, BitSet> all = new TreeMap<>();
    final NavigableMap<String, BitSet> names = new TreeMap<>();
    final NavigableMap<String, BitSet> themes = new TreeMap<>();
    /** The rank of each card in (folded name, id) order, and the card at each rank. */
    final int[] nameRank;
    final int[] byNameRank;

    SearchIndex(List<Card> cards) {
      String[] foldedNames = new String[cards.size()];
      Integer[] order = new Integer[cards.size()];
      for (int i = 0; i < cards.size(); i++) {
        foldedNames[i] = Text.fold(cards.get(i).name());
        order[i] = i;
      }
      Arrays.sort(order, Comparator.<Integer, String>comparing(i -> foldedNames[i]).thenComparing(i -> cards.get(i).id()));
      nameRank = new int[cards.size()];
      byNameRank = new int[cards.size()];
      for (int rank = 0; rank < order.length; rank++) {
        nameRank[order[rank]] = rank;
        byNameRank[rank] = order[rank];
      }
      for (int i = 0; i < cards.size(); i++) {
        Card card = cards.get(i);
        int position = i;
        positions.put(card.id(), position);
        addWords(names, card.name(), i);
        addWords(all, card.name(), i);
        card.summary().ifPresent(summary -> addWords(all, summary, position));
        for (String text : card.needs()) {
          addWords(all, text, i);
        }
        for (String text : card.offers()) {
          addWords(all, text, i);
        }
        for (Theme theme : card.themes()) {
          addWords(themes, theme.code(), i);
          addWords(all, theme.code(), i);
        }
      }
    }

    private static void addWords(NavigableMap<String, BitSet> map, String text, int card) {
      for (String word : Text.words(text)) {
        map.computeIfAbsent(word, w -> new BitSet()).set(card);
      }
    }

    void addPrefixMatches(NavigableMap<String, BitSet> map, String prefix, @Nullable BitSet into,
        int[] score, int weight) {
      BitSet union = new BitSet();
      for (BitSet cards : map.subMap(prefix, true, prefix + Character.MAX_VALUE, false).values()) {
        union.or(cards);
      }
      for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
        score[i] += weight;
      }
      if (into != null) {
        into.or(union);
      }
    }
  }

  /** Builds a {@link Directory}; not thread-safe. */
  public static final class Builder extends ImmutableDirectory.Builder {
    Builder() {}
  }
}
