/**
 * The people and organisations of a community: {@link coop.ess.core.community.Member}s with categories, roles and a
 * status history; {@link coop.ess.core.community.Organisation}s with their legal form and French identifiers
 * (SIREN, SIRET, RNA); {@link coop.ess.core.community.Membership}s linking members to organisations and venues over
 * time; and the {@link coop.ess.core.community.Community} that holds them all.
 *
 * <p>Contact details are personal data ({@link coop.ess.core.community.PersonalData}): exports leave them out
 * unless asked.
 */
@NullMarked
@EssStyle
package coop.ess.core.community;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
