package coop.ess.core.community;

import coop.ess.core.Code;
import org.immutables.value.Value;

/**
 * The category of a {@link Member}: the terms on which someone uses the venue, which may set their opening
 * hours, booking quotas and time-bank limits (coworking open longer to project carriers, say).
 *
 * <p>A code is a lower-case slug ({@code [a-z0-9-]}, 1 to 64 characters). The constants name the usual ones; a
 * venue may define its own with {@link #of(String)}. Immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class MemberCategory extends Code<MemberCategory> {

  /** A student (<i>étudiant·e</i>). */
  public static final MemberCategory STUDENT = of("student");
  /** A member of the university staff (<i>personnel</i>). */
  public static final MemberCategory UNIVERSITY_STAFF = of("university-staff");
  /** A resident of the neighbourhood (<i>habitant·e</i>). */
  public static final MemberCategory RESIDENT = of("resident");
  /** Someone who carries a project hosted or accompanied by the venue (<i>porteur·se de projet</i>). */
  public static final MemberCategory PROJECT_CARRIER = of("project-carrier");
  /** A member of a hosted association. */
  public static final MemberCategory ASSOCIATION_MEMBER = of("association-member");

  MemberCategory() {}

  /**
   * Returns the category with this code.
   *
   * @param code a lower-case slug, not null
   * @return the category, not null
   * @throws coop.ess.core.EssValidationException if the code is not a slug
   */
  public static MemberCategory of(String code) {
    return ImmutableMemberCategory.of(code);
  }

  /**
   * The code, such as {@code student}.
   *
   * @return the code, not null
   */
  @Override
  @Value.Parameter
  public abstract String code();

  @Value.Check
  final void check() {
    checkSyntax("category");
  }
}
