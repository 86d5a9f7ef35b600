package coop.ess.timebank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.ess.core.EssValidationException;
import coop.ess.core.MemberId;
import coop.ess.core.community.MemberCategory;
import org.junit.jupiter.api.Test;

class LimitsTest {

  @Test
  void softLimitsDefaultToTheHardOnes() {
    Limits limits = Limits.of(-1200, 2400);
    assertThat(limits.softFloor()).isEqualTo(-1200);
    assertThat(limits.softCeiling()).isEqualTo(2400);
  }

  @Test
  void everyBrokenInvariantIsReported() {
    assertThatThrownBy(() -> Limits.builder().floor(60).ceiling(-60).softFloor(120).softCeiling(-120).build())
        .isInstanceOfSatisfying(EssValidationException.class, e -> assertThat(e.violations())
            .extracting(v -> v.code())
            .containsExactly("limits.floorAboveZero", "limits.ceilingBelowZero", "limits.softFloorOutside",
                "limits.softCeilingOutside"));
  }

  @Test
  void theAccountOverrideWinsOverItsCategoryAndTheDefaults() {
    LimitPolicy policy = LimitPolicy.builder().defaults(Limits.of(-1200, 2400))
        .putByCategory(MemberCategory.STUDENT, Limits.of(-600, 2400)).build();
    Account student = Account.builder().id(AccountId.of("s")).holder(MemberId.of("s"))
        .category(MemberCategory.STUDENT).build();
    Account special = Account.builder().from(student).limits(Limits.of(-60, 60)).build();
    Account resident = Account.builder().id(AccountId.of("r")).holder(MemberId.of("r"))
        .category(MemberCategory.RESIDENT).build();

    assertThat(policy.limitsOf(student)).isEqualTo(Limits.of(-600, 2400));
    assertThat(policy.limitsOf(special)).isEqualTo(Limits.of(-60, 60));
    assertThat(policy.limitsOf(resident)).isEqualTo(Limits.of(-1200, 2400));
  }

  @Test
  void theCommunityAccountIsUnlimitedByDefault() {
    assertThat(LimitPolicy.STANDARD.limitsOf(Account.community(AccountId.of("pot")))).isEqualTo(Limits.UNLIMITED);
  }
}
