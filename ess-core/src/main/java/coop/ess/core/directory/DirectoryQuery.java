package coop.ess.core.directory;

import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A search of the {@link Directory}. Every criterion that is set must hold:
 *
 * <ul>
 *   <li>{@link #text()}: every word of the text starts a word of the card (name, summary, needs, offers, themes),
 *       ignoring case and accents, so {@code "reemploi velo"} finds "Atelier vélo — réemploi";
 *   <li>{@link #themes()}: the card has all these themes;
 *   <li>{@link #kind()}, {@link #stage()}: the card is of this kind, at this stage.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DirectoryQuery {

  DirectoryQuery() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A query by text only.
   *
   * @param text the words to look for, not null
   * @return the query, not null
   */
  public static DirectoryQuery text(String text) {
    return builder().text(text).build();
  }

  /**
   * A query by theme only.
   *
   * @param theme the theme, not null
   * @return the query, not null
   */
  public static DirectoryQuery theme(Theme theme) {
    return builder().addThemes(theme).build();
  }

  /**
   * The words to look for; empty matches every card.
   *
   * @return the text, not null
   */
  @Value.Default
  public String text() {
    return "";
  }

  /**
   * The themes every result must have.
   *
   * @return the themes, not null
   */
  @Value.NaturalOrder
  public abstract SortedSet<Theme> themes();

  /**
   * The kind of card wanted.
   *
   * @return the kind, possibly empty
   */
  public abstract Optional<CardKind> kind();

  /**
   * The accompaniment stage wanted.
   *
   * @return the stage, possibly empty
   */
  public abstract Optional<AccompanimentStage> stage();

  /** Builds a {@link DirectoryQuery}; not thread-safe. */
  public static final class Builder extends ImmutableDirectoryQuery.Builder {
    Builder() {}
  }
}
