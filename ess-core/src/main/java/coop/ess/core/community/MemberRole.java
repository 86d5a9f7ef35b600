package coop.ess.core.community;

import coop.ess.core.Code;
import org.immutables.value.Value;

/**
 * A role a {@link Member} plays at a venue or in an organisation (see {@link Membership}).
 *
 * <p>A code is a lower-case slug ({@code [a-z0-9-]}, 1 to 64 characters). The constants name the usual ones; a
 * venue may define its own with {@link #of(String)}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class MemberRole extends Code<MemberRole> {

  /** Welcomes people and looks after the place (<i>hôte, concierge</i>). */
  public static final MemberRole HOST = of("host");
  /** Gives time to the venue or an organisation (<i>bénévole</i>). */
  public static final MemberRole VOLUNTEER = of("volunteer");
  /** Carries a project accompanied by the venue (<i>porteur·se de projet</i>). */
  public static final MemberRole PROJECT_CARRIER = of("project-carrier");
  /** Coordinates the venue or a programme (<i>coordinateur·rice</i>). */
  public static final MemberRole COORDINATOR = of("coordinator");
  /** An ordinary member of an organisation (<i>adhérent·e</i>). */
  public static final MemberRole MEMBER = of("member");

  MemberRole() {}

  /**
   * Returns the role with this code.
   *
   * @param code a lower-case slug, not null
   * @return the role, not null
   * @throws coop.ess.core.EssValidationException if the code is not a slug
   */
  public static MemberRole of(String code) {
    return ImmutableMemberRole.of(code);
  }

  /**
   * The code, such as {@code host}.
   *
   * @return the code, not null
   */
  @Override
  @Value.Parameter
  public abstract String code();

  @Value.Check
  final void check() {
    checkSyntax("role");
  }
}
