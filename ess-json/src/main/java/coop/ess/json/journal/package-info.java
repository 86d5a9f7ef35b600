/**
 * A durable, append-only journal in a JSON Lines file: the storage behind the event streams of the time-bank ledger
 * and the booking calendar.
 *
 * <p>{@link coop.ess.json.journal.FileJournal} appends records with group commit under a
 * {@link coop.ess.json.journal.SyncPolicy}, protects every record with a CRC-32C, cuts a torn tail when it opens the
 * file, replays what was acknowledged, and keeps a snapshot beside the file so that replay need not start from zero.
 */
@NullMarked
package coop.ess.json.journal;

import org.jspecify.annotations.NullMarked;
