package coop.ess.timebank;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Proposes pairs of offers and requests, best first, each with an explained score. A pair is proposed only if both
 * have the same category and come from different accounts. Its score is the mean of four parts, each from 0 to 1:
 *
 * <ul>
 *   <li>{@code category}: 1 (same category; pairs across categories are not proposed);
 *   <li>{@code availability}: the share of the request's time that the offer's windows cover (1 if either is
 *       "any time", 0 if they never meet);
 *   <li>{@code distance}: {@code 1 / (1 + km / 5)} between the two places (1 if either has none);
 *   <li>{@code balance}: the mean of what the receiver can still afford (its balance above its floor, over the width
 *       of its limits) and how close the giver is to its floor (givers in debt earn back first).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Matcher {

  private Matcher() {}

  /**
   * Ranks every eligible pair.
   *
   * @param listings the offers and requests, not null
   * @param ledger the ledger whose balances and floors weigh the pairs, not null
   * @return the matches, best first (ties by offer then request id), not null
   * @throws coop.ess.core.EssNotFoundException if a listing's account is not open in the ledger
   */
  public static List<Match> rank(List<Listing> listings, Ledger ledger) {
    Objects.requireNonNull(listings, "listings");
    Objects.requireNonNull(ledger, "ledger");
    List<Match> matches = new ArrayList<>();
    for (Listing offer : listings) {
      if (offer.kind() != Listing.Kind.OFFER) {
        continue;
      }
      for (Listing request : listings) {
        if (request.kind() == Listing.Kind.REQUEST && request.category().equals(offer.category())
            && !request.account().equals(offer.account())) {
          matches.add(score(offer, request, ledger));
        }
      }
    }
    matches.sort(Comparator.comparingDouble(Match::score).reversed()
        .thenComparing(match -> match.offer().id())
        .thenComparing(match -> match.request().id()));
    return List.copyOf(matches);
  }

  private static Match score(Listing offer, Listing request, Ledger ledger) {
    Map<String, Double> parts = new LinkedHashMap<>();
    parts.put("category", 1.0);
    parts.put("availability", availability(offer, request));
    double distance = 1.0;
    if (offer.place().isPresent() && request.place().isPresent()) {
      double km = offer.place().get().distanceMetres(request.place().get()) / 1000;
      distance = 1 / (1 + km / 5);
    }
    parts.put("distance", distance);
    double receiverRoom = room(ledger, request.account(), true);
    double giverNeed = room(ledger, offer.account(), false);
    parts.put("balance", (receiverRoom + giverNeed) / 2);
    double score = parts.values().stream().mapToDouble(Double::doubleValue).sum() / parts.size();
    return Match.of(offer, request, score, parts);
  }

  private static double availability(Listing offer, Listing request) {
    if (offer.availability().isEmpty() || request.availability().isEmpty()) {
      return 1.0;
    }
    long wanted = 0;
    long covered = 0;
    for (TimeWindow need : request.availability()) {
      wanted += need.end().getEpochSecond() - need.start().getEpochSecond();
      long best = 0;
      for (TimeWindow can : offer.availability()) {
        best += can.overlapSeconds(need);
      }
      covered += Math.min(best, need.end().getEpochSecond() - need.start().getEpochSecond());
    }
    return wanted == 0 ? 0 : (double) covered / wanted;
  }

  /** Receiver: share of the limits' width above the floor; giver: share below the ceiling's side, i.e. near floor. */
  private static double room(Ledger ledger, AccountId account, boolean receiver) {
    long floor = ledger.floor(account);
    long ceiling = ledger.limits(account).ceiling();
    long balance = ledger.balance(account);
    if (floor == Long.MIN_VALUE || ceiling == Long.MAX_VALUE) {
      return receiver ? 1.0 : 0.5;
    }
    double width = (double) ceiling - floor;
    double aboveFloor = Math.max(0, Math.min(1, (balance - floor) / width));
    return receiver ? aboveFloor : 1 - aboveFloor;
  }
}
