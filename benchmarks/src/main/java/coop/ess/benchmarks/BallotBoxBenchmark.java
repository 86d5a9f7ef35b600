package coop.ess.benchmarks;

import coop.ess.core.MemberId;
import coop.ess.core.governance.BallotBox;
import coop.ess.core.governance.Boundary;
import coop.ess.core.governance.College;
import coop.ess.core.governance.CollegeId;
import coop.ess.core.governance.CollegeStatute;
import coop.ess.core.governance.Electorate;
import coop.ess.core.governance.MotionResult;
import coop.ess.core.governance.Proposal;
import coop.ess.core.governance.ProposalId;
import coop.ess.core.governance.Quorum;
import coop.ess.core.governance.ResolutionType;
import coop.ess.core.governance.Threshold;
import coop.ess.core.governance.VoteChoice;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A whole general-assembly vote of {@code voters} members (each votes, a tenth change their vote, then the motion is
 * closed and decided) in the SDK's {@link BallotBox} — validation, an immutable event per step, exact fractions —
 * against a baseline that only keeps the last choice of each voter in a synchronized {@link HashMap} and counts them,
 * as a minimal implementation would. {@code colleges} adds three SCIC colleges under the proportional reading.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BallotBoxBenchmark {

  private static final ProposalId MOTION = ProposalId.of("motion");
  private static final ResolutionType ORDINARY = ResolutionType.builder().name("ordinary")
      .threshold(Threshold.simpleMajority())
      .quorum(Quorum.of(1, 4, Boundary.AT_LEAST, Quorum.Base.PRESENT_AND_REPRESENTED)).build();

  @Param({"1000"})
  public int voters;

  private final Clock clock = Clock.fixed(Instant.parse("2026-03-02T17:00:00Z"), ZoneOffset.UTC);
  private Electorate electorate;
  private Electorate inColleges;
  private CollegeStatute statute;
  private List<MemberId> members;
  private List<VoteChoice> choices;

  @Setup
  public void setUp() {
    Random random = new Random(42);
    members = new ArrayList<>();
    choices = new ArrayList<>();
    Map<MemberId, CollegeId> colleges = new LinkedHashMap<>();
    CollegeId[] ids = {CollegeId.of("usagers"), CollegeId.of("salaries"), CollegeId.of("soutiens")};
    for (int i = 0; i < voters; i++) {
      MemberId member = MemberId.of("m" + i);
      members.add(member);
      colleges.put(member, ids[i % 3]);
    }
    for (int i = 0; i < voters + voters / 10; i++) {
      choices.add(VoteChoice.values()[random.nextInt(4)]);
    }
    electorate = Electorate.builder().referenceDate(LocalDate.of(2026, 2, 15)).addAllVoters(members).build();
    inColleges = electorate.placedInColleges(colleges);
    statute = CollegeStatute.builder().addColleges(College.of(ids[0], "Usagers", 40),
        College.of(ids[1], "Salariés", 35), College.of(ids[2], "Soutiens", 25))
        .reading(CollegeStatute.Reading.PROPORTIONAL).emptyCollege(CollegeStatute.EmptyCollege.REDISTRIBUTE).build();
  }

  @Benchmark
  public Map<VoteChoice, Long> plainMap() {
    Map<MemberId, VoteChoice> votes = new HashMap<>();
    for (int i = 0; i < choices.size(); i++) {
      synchronized (votes) {
        votes.put(members.get(i % voters), choices.get(i));
      }
    }
    Map<VoteChoice, Long> counts = new EnumMap<>(VoteChoice.class);
    votes.values().forEach(c -> counts.merge(c, 1L, Long::sum));
    return counts;
  }

  @Benchmark
  public MotionResult ballotBox() {
    return session(BallotBox.create(clock, electorate, 2));
  }

  @Benchmark
  public MotionResult ballotBoxWithColleges() {
    return session(BallotBox.create(clock, inColleges, 2, statute));
  }

  private MotionResult session(BallotBox box) {
    box.draft(Proposal.builder().id(MOTION).title("Motion").type(ORDINARY).build());
    box.open(MOTION);
    for (int i = 0; i < choices.size(); i++) {
      box.vote(MOTION, members.get(i % voters), choices.get(i));
    }
    box.close(MOTION);
    return box.decide(MOTION, 2, "Decided.");
  }
}
