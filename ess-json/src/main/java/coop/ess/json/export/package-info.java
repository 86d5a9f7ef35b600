/**
 * Open-data exports of a venue and its community, each in a published format: {@link coop.ess.json.export.Hsds}
 * (Open Referral HSDS 3.0 JSON), {@link coop.ess.json.export.SchemaOrg} (schema.org JSON-LD),
 * {@link coop.ess.json.export.Valueflows} (Valueflows JSON-LD of time-bank exchanges, offers and requests) and
 * {@link coop.ess.json.export.LieuxCsv} (a CSV profile of places in the style of the French open-data standards).
 *
 * <p>What is exported is gathered in an {@link coop.ess.json.export.OpenDataSet}; how, in
 * {@link coop.ess.json.export.ExportOptions}. Personal data (the names and contact details of members, see
 * {@link coop.ess.core.community.PersonalData}) is left out of every export unless
 * {@link coop.ess.json.export.ExportOptions#includePersonalData()} asks for it.
 */
@NullMarked
@EssStyle
package coop.ess.json.export;

import coop.ess.core.internal.EssStyle;
import org.jspecify.annotations.NullMarked;
