package coop.ess.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import coop.ess.core.Violation;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TurnoutTest {

  private static final Quorum HALF = Quorum.of(1, 2, Boundary.AT_LEAST, Quorum.Base.PRESENT_AND_REPRESENTED);

  @Test
  void theThreeArgumentTurnoutHasNobodyOnlineNorByCorrespondence() {
    Turnout turnout = Turnout.of(40, 23, 6);

    assertThat(turnout.online()).isZero();
    assertThat(turnout.byCorrespondence()).isZero();
    assertThat(turnout.counted(Quorum.Base.PRESENT)).isEqualTo(23);
    assertThat(turnout.counted(Quorum.Base.PRESENT_AND_REPRESENTED)).isEqualTo(29);
  }

  @Test
  void correspondenceVotersCountForAQuorumUnlessItSaysNot() {
    Turnout turnout = Turnout.builder().electorate(40).present(12).online(2).byCorrespondence(5).represented(3).build();
    Quorum notCounted = Quorum.builder().from(HALF).correspondence(Quorum.Correspondence.NOT_COUNTED).build();

    assertThat(turnout.counted(HALF)).isEqualTo(20);
    assertThat(turnout.counted(notCounted)).isEqualTo(15);
    assertThat(turnout.counted(Quorum.of(1, 2, Boundary.AT_LEAST, Quorum.Base.PRESENT))).isEqualTo(17);
    assertThat(HALF.isMet(turnout.counted(HALF), turnout.electorate())).isTrue();
    assertThat(notCounted.isMet(turnout.counted(notCounted), turnout.electorate())).isFalse();
    assertThat(notCounted.toString()).contains("votes by correspondence not counted");
  }

  @Test
  void moreParticipantsThanVotersOrMoreOnlineThanPresentAreRefusedTogether() {
    assertThatThrownBy(() -> Turnout.builder().electorate(10).present(3).online(4).byCorrespondence(6)
        .represented(2).build())
        .isInstanceOf(EssValidationException.class)
        .satisfies(e -> assertThat(((EssValidationException) e).violations()).extracting(Violation::code)
            .containsExactly("turnout.onlineExceedsPresent", "turnout.exceedsElectorate"));
  }

  @Property
  void nobodyIsCountedTwiceForAQuorum(@ForAll @LongRange(max = 50) long present,
      @ForAll @LongRange(max = 50) long byCorrespondence, @ForAll @LongRange(max = 50) long represented,
      @ForAll @LongRange(max = 50) long absent) {
    Turnout turnout = Turnout.builder().electorate(present + byCorrespondence + represented + absent)
        .present(present).online(present / 2).byCorrespondence(byCorrespondence).represented(represented).build();
    Quorum notCounted = Quorum.builder().from(HALF).correspondence(Quorum.Correspondence.NOT_COUNTED).build();

    assertThat(turnout.counted(HALF)).isEqualTo(present + byCorrespondence + represented)
        .isLessThanOrEqualTo(turnout.electorate());
    assertThat(turnout.counted(HALF) - turnout.counted(notCounted)).isEqualTo(byCorrespondence);
  }
}
