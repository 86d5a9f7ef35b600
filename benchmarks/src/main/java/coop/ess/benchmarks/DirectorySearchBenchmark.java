package coop.ess.benchmarks;

import coop.ess.core.CardId;
import coop.ess.core.directory.Card;
import coop.ess.core.directory.CardKind;
import coop.ess.core.directory.Directory;
import coop.ess.core.directory.DirectoryQuery;
import coop.ess.core.directory.Theme;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Text search in a directory of {@code cards} cards: the SDK's indexed {@link Directory#search} against a baseline
 * that scans every card's words (folded and split once, at setup) for the query's word prefixes and ranks the hits
 * the same way (name matches first, then by name), as a plain implementation would. Both return the same cards in the
 * same order (checked at setup). The vocabulary mixes common domain words with a long tail of rarer words, so that
 * {@code query} picks a few percent of the cards, as a real search does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DirectorySearchBenchmark {

  private static final String[] WORDS = {"réemploi", "vélo", "cuisine", "jardin", "numérique", "épicerie",
      "entraide", "atelier", "couture", "recyclerie", "alimentation", "solidaire", "mobilité", "habitat",
      "culture", "musique", "théâtre", "compost", "semences", "logiciel", "libre", "réparation", "bois", "énergie"};

  @Param({"10000"})
  public int cards;

  @Param({"repar vel", "compost jard"})
  public String text;

  private Directory directory;
  private DirectoryQuery query;
  private List<String[]> foldedWords;
  private List<String[]> foldedNames;
  private List<String[]> foldedThemes;
  private List<Card> cardList;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    List<Card> list = new ArrayList<>(cards);
    for (int i = 0; i < cards; i++) {
      list.add(Card.builder().id(CardId.of("card-" + i)).kind(CardKind.ACTOR)
          .name(words(random, 3) + " " + i).summary(words(random, 10))
          .addThemes(Theme.of("theme-" + random.nextInt(20))).build());
    }
    directory = Directory.builder().cards(list).build();
    query = DirectoryQuery.text(text);
    cardList = directory.cards();
    foldedWords = new ArrayList<>(cards);
    foldedNames = new ArrayList<>(cards);
    foldedThemes = new ArrayList<>(cards);
    for (Card card : cardList) {
      foldedNames.add(fold(card.name()).split("[^\\p{L}\\p{N}]+"));
      foldedThemes.add(fold(String.join(" ", card.themes().stream().map(Theme::code).toList()))
          .split("[^\\p{L}\\p{N}]+"));
      foldedWords.add(fold(card.name() + " " + card.summary().orElse("") + " "
          + String.join(" ", card.themes().stream().map(Theme::code).toList())).split("[^\\p{L}\\p{N}]+"));
    }
    if (!directory.search(query).equals(linearScan())) {
      throw new IllegalStateException("baseline and index disagree");
    }
  }

  /** One word in five from the domain list, the others from a tail of 5,000 made-up words. */
  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ");
      if (random.nextInt(5) == 0) {
        text.append(WORDS[random.nextInt(WORDS.length)]);
      } else {
        text.append("mot").append(Integer.toString(random.nextInt(5000), 36));
      }
    }
    return text.toString();
  }

  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }

  /** The SDK: an inverted index of folded words, built once, then prefix look-ups. */
  @Benchmark
  public List<Card> indexedSearch() {
    return directory.search(query);
  }

  /** The baseline: every card's words scanned for each query word's prefix, then the hits ranked like the SDK. */
  @Benchmark
  public List<Card> linearScan() {
    String[] prefixes = fold(query.text()).split("[^\\p{L}\\p{N}]+");
    List<Card> found = new ArrayList<>();
    List<Integer> scores = new ArrayList<>();
    for (int i = 0; i < foldedWords.size(); i++) {
      int score = 0;
      boolean all = true;
      for (String prefix : prefixes) {
        boolean anywhere = matches(foldedWords.get(i), prefix);
        all &= anywhere;
        score += anywhere ? 1 : 0;
        score += matches(foldedNames.get(i), prefix) ? 2 : 0;
        score += matches(foldedThemes.get(i), prefix) ? 1 : 0;
      }
      if (all) {
        found.add(cardList.get(i));
        scores.add(score);
      }
    }
    Integer[] order = new Integer[found.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -scores.get(i))
        .thenComparing(i -> fold(found.get(i).name())).thenComparing(i -> found.get(i).id()));
    List<Card> ranked = new ArrayList<>(order.length);
    for (Integer i : order) {
      ranked.add(found.get(i));
    }
    return ranked;
  }

  private static boolean matches(String[] words, String prefix) {
    for (String word : words) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
