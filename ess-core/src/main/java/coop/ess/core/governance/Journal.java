package coop.ess.core.governance;

import coop.ess.core.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The append-only list of events of one engine; the engine's lock guards it. */
final class Journal {

  private final Clock clock;
  private final List<GovernanceEvent> events = new ArrayList<>();

  Journal(Clock clock) {
    this.clock = clock;
  }

  Clock clock() {
    return clock;
  }

  GovernanceEvent record(GovernanceEvent.Kind kind, Consumer<ImmutableGovernanceEvent.Builder> details) {
    ImmutableGovernanceEvent.Builder builder =
        GovernanceEvent.builder().sequence(events.size() + 1L).at(clock.instant()).kind(kind);
    details.accept(builder);
    GovernanceEvent event = builder.build();
    events.add(event);
    return event;
  }

  Receipt accept(GovernanceEvent.Kind kind, Consumer<ImmutableGovernanceEvent.Builder> details) {
    return Receipt.of(record(kind, details));
  }

  Receipt refuse(List<Violation> violations, Consumer<ImmutableGovernanceEvent.Builder> details) {
    return Receipt.of(record(GovernanceEvent.Kind.REFUSED, b -> {
      details.accept(b);
      b.violations(violations);
    }));
  }

  /** Records a saved event again, numbered and dated here (a refusal being replayed). */
  GovernanceEvent copy(GovernanceEvent event) {
    GovernanceEvent again = GovernanceEvent.builder().from(event).sequence(events.size() + 1L).at(clock.instant())
        .build();
    events.add(again);
    return again;
  }

  /** The number of events. */
  int size() {
    return events.size();
  }

  /** The event with a sequence number, from 1. */
  GovernanceEvent get(long sequence) {
    return events.get((int) (sequence - 1));
  }

  List<GovernanceEvent> events() {
    return List.copyOf(events);
  }
}
