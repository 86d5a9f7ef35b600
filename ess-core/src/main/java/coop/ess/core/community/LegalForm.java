package coop.ess.core.community;

/**
 * The legal form of an {@link Organisation}.
 *
 * <p>{@link #isEssByLaw()} follows article 1 of the French law n° 2014-856 of 31 July 2014 on the social and
 * solidarity economy: cooperatives, mutuals, foundations and associations belong to the ESS by their status;
 * commercial companies only when they meet its conditions. Immutable and thread-safe.
 */
public enum LegalForm {
  /** An association declared under the law of 1 July 1901 (<i>association loi 1901</i>); registered in the RNA. */
  ASSOCIATION_1901(true, true),
  /** An association of Alsace-Moselle under the local law of 1908, registered at the court, not in the RNA. */
  ASSOCIATION_1908(true, false),
  /**
   * A cooperative society of collective interest (<i>SCIC</i>): its members vote in colleges, each weighing
   * between 10 % and 50 % of the votes.
   */
  SCIC(true, false),
  /** A workers' cooperative (<i>SCOP</i>). */
  SCOP(true, false),
  /** Any other cooperative. */
  COOPERATIVE(true, false),
  /** A mutual (<i>mutuelle</i>). */
  MUTUAL(true, false),
  /** A foundation (<i>fondation</i>). */
  FOUNDATION(true, false),
  /**
   * An integration enterprise (<i>entreprise d'insertion</i>, one of the SIAE) that employs people far from
   * work; ESS when it meets the law's conditions.
   */
  INSERTION_COMPANY(false, false),
  /** A commercial company (SAS, SARL…); ESS only when it meets the law's conditions. */
  COMPANY(false, false),
  /** A public body: university, municipality, public interest group (<i>GIP</i>). */
  PUBLIC_BODY(false, false),
  /** An informal collective (<i>collectif</i>) without legal personality: no SIREN, no RNA. */
  INFORMAL_COLLECTIVE(false, false),
  /** Any other form. */
  OTHER(false, false);

  private final boolean essByLaw;
  private final boolean rnaRegistered;

  LegalForm(boolean essByLaw, boolean rnaRegistered) {
    this.essByLaw = essByLaw;
    this.rnaRegistered = rnaRegistered;
  }

  /**
   * Whether organisations of this form belong to the ESS by their status alone.
   *
   * @return true for associations, cooperatives, mutuals and foundations
   */
  public boolean isEssByLaw() {
    return essByLaw;
  }

  /**
   * Whether organisations of this form are registered in the RNA and so may have an {@link Rna} number.
   *
   * @return true for 1901 associations
   */
  public boolean isRnaRegistered() {
    return rnaRegistered;
  }
}
