package coop.ess.timebank;

import coop.ess.core.internal.Checks;
import coop.ess.timebank.internal.TimebankMessages;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A proposed pair of an offer and a request, with its score and the parts the score is made of, so that members and
 * coordinators see why it was proposed. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Match {

  Match() {}

  /**
   * A match.
   *
   * @param offer the offer, not null
   * @param request the request, not null
   * @param score the total score, between 0 and 1
   * @param explanation each part of the score by name, in a stable order, not null
   * @return the match, not null
   * @throws coop.ess.core.EssValidationException if the score or a part is not a number between 0 and 1
   */
  public static Match of(Listing offer, Listing request, double score, Map<String, ? extends Double> explanation) {
    return ImmutableMatch.of(offer, request, score, explanation);
  }

  /**
   * The offer.
   *
   * @return the offer, not null
   */
  @Value.Parameter
  public abstract Listing offer();

  /**
   * The request.
   *
   * @return the request, not null
   */
  @Value.Parameter
  public abstract Listing request();

  /**
   * The score: the mean of the parts of {@link #explanation()}.
   *
   * @return between 0 and 1, higher is better
   */
  @Value.Parameter
  public abstract double score();

  /**
   * The parts of the score, each between 0 and 1: {@code category}, {@code availability}, {@code distance},
   * {@code balance}.
   *
   * @return the parts by name, not null
   */
  @Value.Parameter
  public abstract Map<String, Double> explanation();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(TimebankMessages.CATALOG, "Match");
    checks.check(score() >= 0 && score() <= 1, "match.score", "score", "score", score());
    for (Map.Entry<String, Double> part : explanation().entrySet()) {
      double value = part.getValue();
      checks.check(value >= 0 && value <= 1, "match.score", "explanation." + part.getKey(), "score", value);
    }
    checks.throwIfInvalid();
  }
}
