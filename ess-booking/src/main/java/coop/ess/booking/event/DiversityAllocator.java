package coop.ess.booking.event;

import coop.ess.core.MemberId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Allocates seats by diversity priority: when there are more candidates than seats, the seats go so that the chosen
 * attribute (organisation type, territory, role…) is as diverse as possible, by a deterministic rule that explains
 * each decision.
 *
 * <p><b>The rule.</b> Candidates are grouped by their value of the attribute (a candidate without it has the value
 * {@value #NO_VALUE}). Each candidate gets a <i>draw</i>: the first 8 bytes of SHA-256 of {@code seed + ":" +
 * memberId} (UTF-8), read as an unsigned number. Candidates are compared by application time (only with
 * {@link DiversityRule.TieBreak#APPLICATION_TIME}), then draw, then member identifier. Within each value, candidates
 * queue in that order. Then, rank after rank, until every candidate is ranked: among the values that still have
 * candidates, take the value with the <b>fewest ranks given so far</b>; ties go to the value whose next candidate
 * comes first by the comparison above; that candidate gets the next rank. The first {@code seats} ranks get the
 * seats; the others form the waitlist in rank order.
 *
 * <p><b>What it guarantees.</b> The seats per value are the most even possible: with {@code n(v)} candidates of value
 * {@code v}, each value gets {@code min(n(v), L)} or {@code L + 1} seats for one level {@code L}. So the number of
 * values represented is the largest possible, and the seat counts, sorted ascending, are lexicographically the
 * largest possible (the least represented value is as well represented as it can be, then the next…); tests check
 * this against every possible choice on small inputs. The result depends only on the set of candidates with their
 * application times (never on the order of the list), and with {@link DiversityRule.TieBreak#LOTTERY} not on the
 * times either. Running time {@code O(n log n)}.
 *
 * <p>Thread-safe (no state).
 */
public final class DiversityAllocator {

  /** The value of a candidate who has no value for the attribute. */
  public static final String NO_VALUE = "-";

  private DiversityAllocator() {}

  /**
   * Ranks every candidate and gives the first {@code seats} ranks a seat.
   *
   * @param candidates the candidates, in any order, each person once, not null
   * @param seats the seats to give, not negative
   * @param rule the attribute and the tie break, not null
   * @param zone the zone in which explanations show application times, not null
   * @return the allocation, every candidate ranked, not null
   * @throws IllegalArgumentException if {@code seats} is negative or a person applies twice
   */
  public static Allocation allocate(List<Candidate> candidates, int seats, DiversityRule rule, ZoneId zone) {
    Objects.requireNonNull(candidates, "candidates");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(zone, "zone");
    if (seats < 0) {
      throw new IllegalArgumentException("seats must not be negative: " + seats);
    }
    Comparator<Entry> order = entryOrder(rule.tieBreak());
    Map<String, Group> groups = new LinkedHashMap<>();
    Set<MemberId> seen = new HashSet<>();
    MessageDigest sha256 = sha256();
    for (Candidate candidate : candidates) {
      if (!seen.add(candidate.applicant().member())) {
        throw new IllegalArgumentException("Candidate " + candidate.applicant().member() + " applies twice");
      }
      String value = candidate.applicant().attribute(rule.attribute()).orElse(NO_VALUE);
      groups.computeIfAbsent(value, Group::new).entries
          .add(new Entry(candidate, draw(sha256, rule.seed(), candidate.applicant().member())));
    }
    PriorityQueue<Group> queue = new PriorityQueue<>(Math.max(1, groups.size()),
        Comparator.comparingInt((Group g) -> g.count).thenComparing(Group::head, order));
    for (Group group : groups.values()) {
      group.entries.sort(order);
      queue.add(group);
    }
    int[] valuesAt = new int[candidates.size() + 2]; // values with candidates left, by ranks given so far
    valuesAt[0] = groups.size();
    List<AllocationLine> lines = new ArrayList<>(candidates.size());
    int rank = 0;
    while (!queue.isEmpty()) {
      Group group = queue.poll();
      Entry entry = group.head();
      int before = group.count;
      int tied = valuesAt[before] - 1;
      Group next = queue.peek();
      AllocationLine.Reason reason;
      if (tied == 0) {
        reason = AllocationLine.Reason.FEWEST;
      } else if (rule.tieBreak() == DiversityRule.TieBreak.APPLICATION_TIME && next != null
          && entry.candidate.appliedAt().isBefore(next.head().candidate.appliedAt())) {
        reason = AllocationLine.Reason.EARLIEST;
      } else {
        reason = AllocationLine.Reason.DRAW;
      }
      valuesAt[before]--;
      group.next++;
      group.count++;
      if (group.next < group.entries.size()) {
        valuesAt[group.count]++;
        queue.add(group);
      }
      rank++;
      boolean selected = rank <= seats;
      lines.add(ImmutableAllocationLine.builder().candidate(entry.candidate).value(group.value).rank(rank)
          .selected(selected).seatsBefore(before).tied(tied).reason(reason).rule(rule).seats(seats).zone(zone)
          .build());
    }
    return ImmutableAllocation.builder().rule(rule).seats(seats).lines(lines).build();
  }

  /**
   * The draw of a person under a seed: the first 8 bytes of SHA-256 of {@code seed + ":" + member}, as a signed
   * {@code long} (the rule compares draws as unsigned numbers).
   *
   * @param seed the seed
   * @param member the person, not null
   * @return the draw
   */
  public static long draw(long seed, MemberId member) {
    Objects.requireNonNull(member, "member");
    return draw(sha256(), seed, member);
  }

  private static long draw(MessageDigest sha256, long seed, MemberId member) {
    byte[] digest = sha256.digest((seed + ":" + member.value()).getBytes(StandardCharsets.UTF_8));
    return ByteBuffer.wrap(digest, 0, 8).getLong();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static Comparator<Entry> entryOrder(DiversityRule.TieBreak tieBreak) {
    Comparator<Entry> byDraw = (a, b) -> Long.compareUnsigned(a.draw, b.draw);
    Comparator<Entry> rest = byDraw.thenComparing(e -> e.candidate.applicant().member());
    return tieBreak == DiversityRule.TieBreak.APPLICATION_TIME
        ? Comparator.comparing((Entry e) -> e.candidate.appliedAt()).thenComparing(rest)
        : rest;
  }

  private static final class Entry {
    final Candidate candidate;
    final long draw;

    Entry(Candidate candidate, long draw) {
      this.candidate = candidate;
      this.draw = draw;
    }
  }

  private static final class Group {
    final String value;
    final List<Entry> entries = new ArrayList<>();
    int next;
    int count;

    Group(String value) {
      this.value = value;
    }

    Entry head() {
      return entries.get(next);
    }
  }
}
