package coop.ess.examples.cli;

import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import coop.ess.core.community.Community;
import coop.ess.core.community.Member;
import coop.ess.core.community.MemberCategory;
import coop.ess.core.community.MemberRole;
import coop.ess.core.community.MemberStatus;
import coop.ess.core.community.StatusChange;
import coop.ess.core.governance.Attendance;
import coop.ess.core.governance.BallotBox;
import coop.ess.core.governance.Boundary;
import coop.ess.core.governance.College;
import coop.ess.core.governance.CollegeId;
import coop.ess.core.governance.CollegeStatute;
import coop.ess.core.governance.ConsentProcess;
import coop.ess.core.governance.Electorate;
import coop.ess.core.governance.MotionCount;
import coop.ess.core.governance.MotionResult;
import coop.ess.core.governance.Objection;
import coop.ess.core.governance.Proposal;
import coop.ess.core.governance.ProposalId;
import coop.ess.core.governance.Quorum;
import coop.ess.core.governance.Receipt;
import coop.ess.core.governance.ResolutionType;
import coop.ess.core.governance.Threshold;
import coop.ess.core.governance.Turnout;
import coop.ess.core.governance.VoteChoice;
import coop.ess.examples.cargo.EssCargo;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The governance section of {@code ess demo}: a general assembly of ESS CARGO, imagined as a SCIC, with colleges,
 * proxies, a quorum, a motion decided and a consent round.
 */
final class GovernanceDemo {

  private static final CollegeId USERS = CollegeId.of("usagers");
  private static final CollegeId CARRIERS = CollegeId.of("porteurs");
  private static final CollegeId PARTNERS = CollegeId.of("partenaires");

  private GovernanceDemo() {}

  static void print(PrintWriter out) {
    Clock clock = Clock.fixed(ZonedDateTime.of(EssCargo.DEMO_DAY.atTime(18, 0), EssCargo.ZONE).toInstant(),
        EssCargo.ZONE);
    Community community = cooperators();
    Electorate electorate = Electorate.ofCommunity(community, EssCargo.DEMO_DAY).placedInColleges(colleges());
    out.printf("%nGeneral assembly of ESS CARGO (as a SCIC) on %s, 18:00%n", EssCargo.DEMO_DAY);
    out.printf("  electorate on %s: %d voters (Inès is suspended and Hugo left: not listed)%n",
        electorate.referenceDate(), electorate.size());

    CollegeStatute statute = CollegeStatute.builder()
        .addColleges(College.of(USERS, "Usagers", 40), College.of(CARRIERS, "Porteurs de projets", 30),
            College.of(PARTNERS, "Partenaires et salariés", 30))
        .reading(CollegeStatute.Reading.PROPORTIONAL).emptyCollege(CollegeStatute.EmptyCollege.REDISTRIBUTE)
        .build();
    for (College college : statute.colleges()) {
      out.printf("  college %-24s %2d %%  %s%n", college.name(), college.weightPercent(),
          electorate.votersOf(college.id()).stream().map(MemberId::value).collect(Collectors.joining(", ")));
    }
    try {
      CollegeStatute.builder().addColleges(College.of(USERS, "Usagers", 60), College.of(CARRIERS, "Porteurs", 25))
          .reading(CollegeStatute.Reading.BLOC).emptyCollege(CollegeStatute.EmptyCollege.COUNT_AS_AGAINST).build();
    } catch (EssValidationException e) {
      out.println("  a statute with colleges of 60 % and 25 % is refused:");
      printViolations(out, e.violations());
    }

    BallotBox box = BallotBox.create(clock, electorate, 1, statute);
    for (String present : List.of("camille", "maryam", "lea", "yanis", "louis")) {
      box.recordPresence(MemberId.of(present), Attendance.IN_ROOM);
    }
    box.recordPresence(MemberId.of("noemie"), Attendance.ONLINE);
    box.giveProxy(MemberId.of("tom"), MemberId.of("camille"));
    box.giveProxy(MemberId.of("sami"), MemberId.of("yanis"));
    Receipt refused = box.giveProxy(MemberId.of("paul"), MemberId.of("camille"));
    out.println("  proxies: tom → camille, sami → yanis; paul → camille is refused (one proxy each):");
    printViolations(out, refused.violations());
    Turnout turnout = box.turnout();
    out.printf("  present %d (5 in the room, 1 online), represented %d, of %d%n", turnout.present(),
        turnout.represented(), turnout.electorate());

    ResolutionType ordinary = ResolutionType.builder().name("ordinary").threshold(Threshold.simpleMajority())
        .quorum(Quorum.of(1, 2, Boundary.AT_LEAST, Quorum.Base.PRESENT_AND_REPRESENTED)).build();
    ProposalId hours = ProposalId.of("ag-2026-hours");
    box.draft(Proposal.builder().id(hours).title("Open the coworking spaces until 22:00 on weekdays")
        .type(ordinary).build());
    box.open(hours);
    box.vote(hours, MemberId.of("camille"), VoteChoice.FOR);
    box.voteByProxy(hours, MemberId.of("camille"), MemberId.of("tom"), VoteChoice.AGAINST);
    box.vote(hours, MemberId.of("maryam"), VoteChoice.AGAINST);
    box.vote(hours, MemberId.of("lea"), VoteChoice.ABSTAIN);
    box.vote(hours, MemberId.of("yanis"), VoteChoice.FOR);
    box.voteByProxy(hours, MemberId.of("yanis"), MemberId.of("sami"), VoteChoice.FOR);
    box.vote(hours, MemberId.of("louis"), VoteChoice.AGAINST);
    box.vote(hours, MemberId.of("noemie"), VoteChoice.AGAINST);
    box.vote(hours, MemberId.of("louis"), VoteChoice.FOR);
    Receipt absent = box.vote(hours, MemberId.of("paul"), VoteChoice.FOR);
    box.recordPresence(MemberId.of("paul"), Attendance.BY_CORRESPONDENCE);
    box.vote(hours, MemberId.of("paul"), VoteChoice.BLANK);
    box.close(hours);
    Receipt late = box.vote(hours, MemberId.of("paul"), VoteChoice.AGAINST);
    MotionResult result = box.decide(hours, 1, "The coworking spaces stay open until 22:00 on weekdays.");
    out.printf("%n  motion \"%s\" (%s, quorum %s)%n", "Open the coworking spaces until 22:00 on weekdays",
        ordinary.threshold(), ordinary.quorum());
    out.println("  Louis changed his vote from against to for; Paul, absent and without a proxy, could not vote: "
        + absent.violations().get(0).messageEn());
    out.println("  then Paul's voting form (vote par correspondance) counted, blank: " + result.turnout());
    out.println("  and Paul's vote after close was refused: " + late.violations().get(0).messageEn());
    result.collegeTallies().forEach((college, tally) ->
        out.printf("  %-12s %s%n", college, tally));
    out.printf("  proportional reading: share of for %s → %s; quorum %s%n", result.share(), result.outcome(),
        result.quorumMet() ? "met" : "not met");
    MotionResult bloc = MotionCount.count(ordinary, 1, turnout,
        CollegeStatute.builder().from(statute).reading(CollegeStatute.Reading.BLOC).build(),
        result.collegeTallies(), sizes(electorate, statute));
    out.printf("  the same ballots under the bloc reading: %s → %s%n", bloc.share(), bloc.outcome());

    ProposalId accounts = ProposalId.of("ag-2026-accounts");
    box.draft(Proposal.builder().id(accounts).title("Approve the 2025 accounts").type(ordinary).secret(true).build());
    box.open(accounts);
    box.vote(accounts, MemberId.of("camille"), VoteChoice.FOR);
    box.voteByProxy(accounts, MemberId.of("camille"), MemberId.of("tom"), VoteChoice.FOR);
    box.vote(accounts, MemberId.of("maryam"), VoteChoice.BLANK);
    box.vote(accounts, MemberId.of("yanis"), VoteChoice.FOR);
    box.vote(accounts, MemberId.of("louis"), VoteChoice.AGAINST);
    box.vote(accounts, MemberId.of("noemie"), VoteChoice.FOR);
    box.close(accounts);
    MotionResult secret = box.decide(accounts, 1, "The 2025 accounts are approved.");
    long eventsWithChoice = box.history(accounts).stream().filter(e -> e.choice().isPresent()).count();
    out.printf("%n  secret ballot \"Approve the 2025 accounts\": %d took part (%s), %s → %s%n",
        box.participants(accounts).size(),
        box.participants(accounts).stream().map(MemberId::value).collect(Collectors.joining(", ")),
        secret.tally(), secret.outcome());
    out.printf("  events of the secret ballot carrying a choice: %d%n", eventsWithChoice);
    out.printf("  %d events recorded in the ballot box%n", box.events().size());

    printConsent(out, clock, electorate);
  }

  private static void printConsent(PrintWriter out, Clock clock, Electorate electorate) {
    MemberId louis = MemberId.of("louis");
    MemberId camille = MemberId.of("camille");
    ConsentProcess greenhouse = ConsentProcess.start(clock, ProposalId.of("ag-2026-greenhouse"),
        "Open the greenhouse to the neighbourhood on Saturday mornings.", electorate.voters());
    greenhouse.object(louis, "The university's insurance covers the greenhouse only when a host is present.");
    Objection objection = greenhouse.objections().get(0);
    Receipt tooEarly = greenhouse.consent();
    greenhouse.answer(objection.id(), camille, "Volunteer hosts from the grocery can take turns on Saturdays.");
    greenhouse.amend(camille, "Open the greenhouse to the neighbourhood on Saturday mornings when a volunteer host"
        + " of the rota is present.");
    Receipt consent = greenhouse.consent();
    out.printf("%n  consent round on \"%s\"%n", greenhouse.texts().get(0));
    out.printf("  objection %s by %s: %s%n", objection.id(), objection.objector(), objection.reason());
    out.println("  consent refused: " + tooEarly.violations().get(0).messageEn());
    out.printf("  answered by camille; amended text, round %d: %s%n", greenhouse.round(), greenhouse.text());
    out.printf("  round %d: no objection remains → %s (%s)%n", greenhouse.round(), greenhouse.state(),
        consent.accepted() ? "recorded" : "refused");
  }

  private static Map<CollegeId, Long> sizes(Electorate electorate, CollegeStatute statute) {
    Map<CollegeId, Long> sizes = new LinkedHashMap<>();
    statute.colleges().forEach(c -> sizes.put(c.id(), (long) electorate.votersOf(c.id()).size()));
    return sizes;
  }

  /** ESS CARGO's community with the co-op's other members (fictitious). */
  private static Community cooperators() {
    LocalDate joined = LocalDate.of(2025, 9, 1);
    Community cargo = EssCargo.community();
    Community.Builder builder = Community.builder().from(cargo);
    for (String[] person : new String[][] {{"lea", "Léa"}, {"tom", "Tom"}, {"sami", "Sami"}, {"noemie", "Noémie"},
        {"paul", "Paul"}}) {
      builder.addMembers(Member.builder().id(MemberId.of(person[0])).displayName(person[1])
          .addCategories(MemberCategory.RESIDENT).addRoles(MemberRole.MEMBER)
          .addStatusHistory(StatusChange.of(joined, MemberStatus.ACTIVE)).build());
    }
    return builder.build();
  }

  private static Map<MemberId, CollegeId> colleges() {
    Map<MemberId, CollegeId> colleges = new LinkedHashMap<>();
    for (String user : List.of("camille", "maryam", "lea", "tom")) {
      colleges.put(MemberId.of(user), USERS);
    }
    for (String carrier : List.of("yanis", "sami")) {
      colleges.put(MemberId.of(carrier), CARRIERS);
    }
    for (String partner : List.of("louis", "noemie", "paul")) {
      colleges.put(MemberId.of(partner), PARTNERS);
    }
    return colleges;
  }

  private static void printViolations(PrintWriter out, List<Violation> violations) {
    for (Violation violation : violations) {
      out.printf("  - %s [%s]%n      en: %s%n      fr: %s%n", violation.field(), violation.code(),
          violation.messageEn(), violation.messageFr());
    }
  }
}
