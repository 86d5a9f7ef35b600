package coop.ess.core.governance;

import coop.ess.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an application saves of a {@link BallotBox} to reload it later: the electorate, the proxy cap, the college
 * statute if any, and the journal of events. {@link BallotBox#record()} takes it; {@link BallotBox#replay} rebuilds
 * the box from it through the same rules, so that a saved assembly reloads with the same proposals, presence,
 * proxies, votes and results.
 *
 * <pre>{@code
 * AssemblyRecord saved = box.record();              // store it (ess-json writes it as JSON)
 * BallotBox again = BallotBox.replay(clock, saved);  // the same box, events re-applied and checked
 * }</pre>
 *
 * <p>A secret ballot's choices enter the journal only when it closes, as an anonymous tally: a record taken while a
 * secret ballot is open and has votes cannot be replayed (saving its running tally would let two saves reveal a
 * choice). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssemblyRecord {

  AssemblyRecord() {}

  /**
   * A builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Who may vote.
   *
   * @return the electorate, not null
   */
  public abstract Electorate electorate();

  /**
   * The most proxies one member may hold.
   *
   * @return 0 or more
   */
  public abstract int proxyCap();

  /**
   * The college statute, when votes are weighted by college.
   *
   * @return the statute, possibly empty
   */
  public abstract Optional<CollegeStatute> statute();

  /**
   * The journal, in order, numbered from 1.
   *
   * @return the events, not null, possibly empty
   */
  public abstract List<GovernanceEvent> events();

  @Value.Check
  final void check() {
    Checks checks = Checks.of(GovernanceMessages.CATALOG, "AssemblyRecord");
    checks.check(proxyCap() >= 0, "value.negative", "proxyCap", "field", "proxyCap", "value", proxyCap());
    for (int i = 0; i < events().size(); i++) {
      long sequence = events().get(i).sequence();
      if (!checks.check(sequence == i + 1L, "record.sequence", "events[" + i + "].sequence", "index", i,
          "sequence", sequence, "expected", i + 1L)) {
        break;
      }
    }
    checks.throwIfInvalid();
  }

  /** Builds an {@link AssemblyRecord}; not thread-safe. */
  public static final class Builder extends ImmutableAssemblyRecord.Builder {
    Builder() {}
  }
}
