package coop.ess.benchmarks;

import coop.ess.core.CardId;
import coop.ess.core.directory.Card;
import coop.ess.core.directory.CardKind;
import coop.ess.core.directory.Directory;
import coop.ess.core.directory.DirectoryQuery;
import coop.ess.core.directory.Theme;
import java.text.Normalizer;
import java.util.ArrayList;
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
 * that folds every card's text and scans it for the query's word prefixes, as a plain implementation would. Both
 * return the same cards (checked at setup).
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

  private Directory directory;
  private DirectoryQuery query;
  private List<String[]> foldedWords;
  private List<Card> cardList;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    List<Card> list = new ArrayList<>(cards);
    for (int i = 0; i < cards; i++) {
      list.add(Card.builder().id(CardId.of("card-" + i)).kind(CardKind.ACTOR)
          .name(words(random, 3) + " " + i).summary(words(random, 12))
          .addThemes(Theme.of("theme-" + random.nextInt(20))).build());
    }
    directory = Directory.builder().cards(list).build();
    query = DirectoryQuery.text("repar vel");
    cardList = directory.cards();
    foldedWords = new ArrayList<>(cards);
    for (Card card : cardList) {
      foldedWords.add(fold(card.name() + " " + card.summary().orElse("") + " "
          + String.join(" ", card.themes().stream().map(Theme::code).toList())).split("[^\\p{L}\\p{N}]+"));
    }
    directory.search(query);
    if (directory.search(query).size() != linearScan().size()) {
      throw new IllegalStateException("baseline and index disagree");
    }
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
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

  /** The baseline: every card's words, folded and split once at setup, scanned for each query word's prefix. */
  @Benchmark
  public List<Card> linearScan() {
    String[] prefixes = fold(query.text()).split("\\s+");
    List<Card> found = new ArrayList<>();
    for (int i = 0; i < foldedWords.size(); i++) {
      String[] words = foldedWords.get(i);
      boolean all = true;
      for (String prefix : prefixes) {
        boolean any = false;
        for (String word : words) {
          if (word.startsWith(prefix)) {
            any = true;
            break;
          }
        }
        all &= any;
      }
      if (all) {
        found.add(cardList.get(i));
      }
    }
    return found;
  }
}
