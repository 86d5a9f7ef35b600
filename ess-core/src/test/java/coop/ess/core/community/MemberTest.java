package coop.ess.core.community;

import static coop.ess.core.community.MemberStatus.ACTIVE;
import static coop.ess.core.community.MemberStatus.LEFT;
import static coop.ess.core.community.MemberStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MemberTest {

  private static final LocalDate SEPT = LocalDate.of(2025, 9, 15);

  private static Member.Builder camille() {
    return Member.builder().id(MemberId.of("camille")).displayName("Camille")
        .addCategories(MemberCategory.STUDENT).addRoles(MemberRole.VOLUNTEER);
  }

  @Test
  void theHistoryAnswersWhoWasAMemberOnADay() {
    Member member = camille()
        .addStatusHistory(StatusChange.of(SEPT, ACTIVE))
        .addStatusHistory(StatusChange.of(LocalDate.of(2026, 1, 10), SUSPENDED, "unpaid fee"))
        .addStatusHistory(StatusChange.of(LocalDate.of(2026, 2, 1), ACTIVE))
        .addStatusHistory(StatusChange.of(LocalDate.of(2026, 7, 1), LEFT))
        .build();

    assertThat(member.joinedOn()).isEqualTo(SEPT);
    assertThat(member.statusOn(SEPT.minusDays(1))).isEmpty();
    assertThat(member.isMemberOn(SEPT)).isTrue();
    assertThat(member.isMemberOn(LocalDate.of(2026, 1, 20))).isTrue();
    assertThat(member.isActiveOn(LocalDate.of(2026, 1, 20))).isFalse();
    assertThat(member.isActiveOn(LocalDate.of(2026, 2, 1))).isTrue();
    assertThat(member.isMemberOn(LocalDate.of(2026, 7, 1))).isFalse();
  }

  @Test
  void theCurrentStatusComesFromTheInjectedClock() {
    Member member = camille().addStatusHistory(StatusChange.of(SEPT, ACTIVE)).build();
    Clock beforeJoining = Clock.fixed(Instant.parse("2025-09-14T22:30:00Z"), ZoneOffset.UTC);
    // 22:30 UTC on 14 September is 00:30 on 15 September in Paris (UTC+2 in summer).
    assertThat(member.currentStatus(beforeJoining, ZoneId.of("Europe/Paris"))).contains(ACTIVE);
    assertThat(member.currentStatus(beforeJoining, ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void leavingBeforeJoiningIsRefused() {
    assertThatThrownBy(() -> camille()
        .addStatusHistory(StatusChange.of(LocalDate.of(2026, 3, 1), ACTIVE))
        .addStatusHistory(StatusChange.of(LocalDate.of(2026, 1, 1), LEFT))
        .build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::field)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("member.statusOrder", "statusHistory[1].date")))
        .hasMessageContaining("LEFT on 2026-01-01 does not come after ACTIVE on 2026-03-01");
  }

  @Test
  void everyProblemOfAHistoryIsReported() {
    assertThatThrownBy(() -> camille().displayName("")
        .addStatusHistory(StatusChange.of(SEPT, SUSPENDED))
        .addStatusHistory(StatusChange.of(SEPT.plusDays(1), SUSPENDED))
        .addStatusHistory(StatusChange.of(SEPT.plusDays(2), LEFT))
        .addStatusHistory(StatusChange.of(SEPT.plusDays(3), SUSPENDED))
        .build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::code)
            .containsExactly("value.blank", "member.firstStatus", "member.statusUnchanged",
                "member.suspendedAfterLeaving"));
  }

  @Test
  void anEmptyHistoryIsRefused() {
    assertThatThrownBy(() -> camille().build()).isInstanceOf(EssValidationException.class)
        .hasMessageContaining("member.noHistory");
  }

  @Test
  void aStatusChangeIsAppendedToACopy() {
    Member member = camille().addStatusHistory(StatusChange.of(SEPT, ACTIVE)).build();
    Member left = member.withStatusChange(StatusChange.of(SEPT.plusMonths(3), LEFT));
    assertThat(member.statusHistory()).hasSize(1);
    assertThat(left.isMemberOn(SEPT.plusMonths(4))).isFalse();
  }

  @Property
  void statusOnAgreesWithAReplayOfTheHistory(@ForAll("histories") List<StatusChange> history,
      @ForAll @IntRange(min = -5, max = 400) int dayOffset) {
    Member member = camille().statusHistory(history).build();
    LocalDate day = SEPT.plusDays(dayOffset);
    MemberStatus expected = null;
    for (StatusChange change : history) {
      if (!change.date().isAfter(day)) {
        expected = change.status();
      }
    }
    assertThat(member.statusOn(day).orElse(null)).isEqualTo(expected);
    assertThat(member.isMemberOn(day)).isEqualTo(expected != null && expected != LEFT);
  }

  /** Valid histories: join first, increasing dates, each change differs, no suspension right after leaving. */
  @Provide
  Arbitrary<List<StatusChange>> histories() {
    return Arbitraries.integers().between(1, 40).list().ofMaxSize(8).flatMap(gaps ->
        Arbitraries.of(MemberStatus.class).list().ofSize(gaps.size()).map(statuses -> {
          List<StatusChange> history = new ArrayList<>();
          history.add(StatusChange.of(SEPT, ACTIVE));
          LocalDate date = SEPT;
          MemberStatus last = ACTIVE;
          for (int i = 0; i < gaps.size(); i++) {
            MemberStatus next = statuses.get(i);
            if (next == last || (last == LEFT && next == SUSPENDED)) {
              continue;
            }
            date = date.plusDays(gaps.get(i));
            history.add(StatusChange.of(date, next));
            last = next;
          }
          return history;
        }));
  }
}
