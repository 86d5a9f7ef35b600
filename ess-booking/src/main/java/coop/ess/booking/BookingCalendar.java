package coop.ess.booking;

import coop.ess.booking.internal.BookingMessages;
import coop.ess.booking.internal.ResourceIndex;
import coop.ess.booking.rules.BookingRule;
import coop.ess.booking.rules.ResourcePolicy;
import coop.ess.booking.rules.RuleContext;
import coop.ess.booking.time.Interval;
import coop.ess.booking.time.Recurrence;
import coop.ess.core.EssNotFoundException;
import coop.ess.core.EssStateException;
import coop.ess.core.MessageCatalog;
import coop.ess.core.PartyId;
import coop.ess.core.ResourceId;
import coop.ess.core.Violation;
import coop.ess.core.venue.Resource;
import coop.ess.core.venue.SharingMode;
import coop.ess.core.venue.Venue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The booking calendar of a venue: takes requests for its resources, applies each resource's
 * {@link ResourcePolicy}, keeps exclusive resources free of overlaps and shared ones within their
 * {@link Resource#bookableUnits() bookable units}, and records every change as a {@link BookingEvent}.
 *
 * <p>Every request gets a {@link BookingDecision} listing every violation found (all rules of all its resources,
 * then availability); a refused request is recorded as {@link BookingState#DECLINED}, or
 * {@link BookingState#WAITLISTED} when it only lacks room and asked to wait. When a place frees up (cancellation,
 * decline), waitlisted requests are promoted in the order they arrived, as long as they now pass every check.
 *
 * <p>Shared resources admit overlapping bookings while the <b>peak</b> concurrent occupancy stays within the
 * bookable units: with 3 desks and bookings 13:30–14:30, 13:30–15:00, 14:00–16:00 and 15:00–15:30, a new booking
 * 14:30–16:00 is accepted, the peak during it being 2 (+1). Conflicts are found with an interval index per resource
 * (a tree by start instant), not by scanning every booking. Example:
 *
 * <pre>{@code
 * BookingCalendar calendar = new BookingCalendar(venue, Map.of(kitchenId, kitchenPolicy), Clock.systemUTC());
 * BookingDecision decision = calendar.request(request);
 * if (!decision.accepted()) {
 *   decision.violations().forEach(v -> System.out.println(v.messageFr()));
 * }
 * }</pre>
 *
 * <p>The events go to a {@link CalendarJournal} (in memory unless the {@link #builder(Venue) builder} is given
 * another, such as the file journal of {@code ess-json}). Each event carries the booking as the change left it and
 * the series it created or changed, so a calendar built on a journal that holds events replays them, without
 * running any rule, and stands exactly where the last one left it: bookings, series, waitlist, identifiers.
 * {@link #saveSnapshot()} hands the journal a {@link CalendarSnapshot} of the whole state, so that a calendar later
 * built on it restores the snapshot and replays only the events after it; such a calendar answers every query and
 * decides every request as one that replayed everything, except {@link #events()}, which throws when the journal
 * no longer holds the events before the snapshot ({@link #eventsFrom(long)} reads those it holds).
 *
 * <p>Thread-safe: every operation runs under the calendar's lock, so concurrent requests never produce a double
 * booking.
 */
public final class BookingCalendar {

  private static final MessageCatalog CATALOG = BookingMessages.CATALOG;
  /** The order of bookings that share a start in an index: by number, whatever the order they were held in. */
  private static final java.util.Comparator<BookingId> BOOKING_ORDER =
      java.util.Comparator.comparingLong((BookingId id) -> number(id.value(), 'b')).thenComparing(BookingId::value);

  private final Venue venue;
  private final Map<ResourceId, ResourcePolicy> policies;
  private final Clock clock;
  private final Duration offerHold;
  private final Map<ResourceId, ResourceIndex<BookingId>> indexes = new HashMap<>();
  private final Map<BookingId, Booking> bookings = new LinkedHashMap<>();
  private final Map<PartyId, List<BookingId>> byRequester = new HashMap<>();
  private final CalendarJournal journal;
  /** The series changed by the operation under way, attached to its next event. */
  private List<BookingSeries> changedSeries = List.of();
  private final Map<SeriesId, BookingSeries> series = new LinkedHashMap<>();
  private long lastId;
  private long lastSeriesId;

  /**
   * Creates an empty calendar.
   *
   * @param venue the venue whose resources are booked, not null
   * @param policies the policy of each resource; resources without one get {@link ResourcePolicy#standard()}, not
   *     null
   * @param clock the clock that tells "now" (notice, horizon, event times), not null
   * @throws EssNotFoundException if a policy names a resource the venue does not have
   */
  public BookingCalendar(Venue venue, Map<ResourceId, ResourcePolicy> policies, Clock clock) {
    this(venue, policies, clock, Duration.ZERO);
  }

  /**
   * Creates an empty calendar whose waitlist offers each freed place for a while before moving on.
   *
   * @param venue the venue whose resources are booked, not null
   * @param policies the policy of each resource; resources without one get {@link ResourcePolicy#standard()}, not
   *     null
   * @param clock the clock that tells "now" (notice, horizon, offers, event times), not null
   * @param offerHold how long a freed place is held for the first eligible waitlisted request
   *     ({@link BookingState#OFFERED}) before it goes to the next; zero promotes at once to confirmed, not null
   * @throws EssNotFoundException if a policy names a resource the venue does not have
   * @throws IllegalArgumentException if {@code offerHold} is negative
   */
  public BookingCalendar(Venue venue, Map<ResourceId, ResourcePolicy> policies, Clock clock, Duration offerHold) {
    this(venue, policies, clock, offerHold, new InMemoryCalendarJournal());
  }

  private BookingCalendar(Venue venue, Map<ResourceId, ResourcePolicy> policies, Clock clock, Duration offerHold,
      CalendarJournal journal) {
    this.venue = Objects.requireNonNull(venue, "venue");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.offerHold = Objects.requireNonNull(offerHold, "offerHold");
    if (offerHold.isNegative()) {
      throw new IllegalArgumentException("offerHold must not be negative: " + offerHold);
    }
    for (ResourceId id : policies.keySet()) {
      venue.requireResource(id);
    }
    this.policies = Map.copyOf(policies);
    for (Resource resource : venue.resources()) {
      indexes.put(resource.id(), new ResourceIndex<>(BOOKING_ORDER));
    }
    long size = journal.size();
    long next = 1;
    Optional<CalendarSnapshot> saved = journal.snapshot();
    if (saved.isPresent()) {
      CalendarSnapshot snapshot = saved.get();
      if (snapshot.sequence() > size) {
        throw new EssStateException("Cannot restore the snapshot of event " + snapshot.sequence()
            + ": the journal ends at event " + size);
      }
      if (snapshot.sequence() < journal.start() - 1) {
        throw new EssStateException("Cannot restore the snapshot of event " + snapshot.sequence()
            + ": the journal holds events from " + journal.start() + " on, so events " + (snapshot.sequence() + 1)
            + " to " + (journal.start() - 1) + " are lost");
      }
      restore(snapshot);
      next = snapshot.sequence() + 1;
    } else if (journal.start() > 1) {
      throw new EssStateException("Cannot rebuild the calendar: the journal holds events from " + journal.start()
          + " on and no snapshot of the events before");
    }
    for (long sequence = next; sequence <= size; sequence++) {
      replay(journal.get(sequence));
    }
  }

  /**
   * A builder of a calendar, for a journal other than the default one in memory.
   *
   * <pre>{@code
   * BookingCalendar calendar = BookingCalendar.builder(venue).policies(policies).clock(clock)
   *     .journal(journal)   // replays the events it already holds
   *     .build();
   * }</pre>
   *
   * @param venue the venue whose resources are booked, not null
   * @return a new builder, not null
   */
  public static Builder builder(Venue venue) {
    return new Builder(venue);
  }

  /**
   * Creates an empty calendar where every resource has the standard policy.
   *
   * @param venue the venue, not null
   * @param clock the clock, not null
   * @return the calendar, not null
   */
  public static BookingCalendar of(Venue venue, Clock clock) {
    return new BookingCalendar(venue, Map.of(), clock);
  }

  /**
   * The venue.
   *
   * @return the venue, not null
   */
  public Venue venue() {
    return venue;
  }

  /**
   * The policy applied to a resource.
   *
   * @param resource the resource, not null
   * @return the policy, not null
   * @throws EssNotFoundException if the venue has no such resource
   */
  public ResourcePolicy policy(ResourceId resource) {
    venue.requireResource(resource);
    return policies.getOrDefault(resource, ResourcePolicy.standard());
  }

  /**
   * Decides a request: runs every rule of every resource, then checks availability, records the booking in the
   * state reached and returns the decision.
   *
   * @param request the request, not null
   * @return the decision: confirmed, pending approval, waitlisted or declined, with every violation, not null
   * @throws EssNotFoundException if a requested resource is not in the venue (nothing is recorded)
   */
  public synchronized BookingDecision request(BookingRequest request) {
    Objects.requireNonNull(request, "request");
    for (ResourceId id : request.resources()) {
      venue.requireResource(id);
    }
    Instant now = clock.instant();
    expireOffers(now);
    BookingId id = BookingId.of("b" + (lastId + 1));
    Evaluation evaluation = evaluate(request, now, null);
    List<Booking> victims = List.of();
    if (!evaluation.accepted() && evaluation.ruleViolations.isEmpty()) {
      victims = displaceFor(request, now);
      if (!victims.isEmpty()) {
        evaluation = evaluate(request, now, null);
      }
    }
    BookingState state;
    if (evaluation.accepted()) {
      state = evaluation.approval ? BookingState.PENDING_APPROVAL : BookingState.CONFIRMED;
    } else if (evaluation.ruleViolations.isEmpty() && request.waitlistIfFull()) {
      state = BookingState.WAITLISTED;
    } else {
      state = BookingState.DECLINED;
    }
    lastId++;
    Booking booking = ImmutableBooking.builder().id(id).request(request).state(state).requestedAt(now).build();
    bookings.put(id, booking);
    byRequester.computeIfAbsent(request.requester(), party -> new ArrayList<>()).add(id);
    if (state.holdsResources()) {
      hold(booking);
    }
    List<Violation> violations = evaluation.all();
    record(now, booking, Optional.empty(), "requested", violations);
    if (victims.isEmpty()) {
      return BookingDecision.of(booking, violations);
    }
    List<Displacement> displaced = new ArrayList<>();
    for (Booking victim : victims) {
      Violation reason = CATALOG.error("booking.displaced", "", "booking", victim.id(), "by", id,
          "purpose", request.purpose().isEmpty() ? "-" : request.purpose(), "priority", request.priority());
      Booking cancelled = victim.withNewState(BookingState.CANCELLED);
      bookings.put(victim.id(), cancelled);
      record(now, cancelled, Optional.of(victim.state()), "displaced", List.of(reason));
      displaced.add(Displacement.of(cancelled, reason, alternatives(victim, now)));
    }
    promoteWaitlist(now);
    return BookingDecision.of(booking, violations, displaced);
  }

  /**
   * Releases lower-priority bookings that stand in the way of {@code request}, where the policies allow it, and
   * returns them if the request then fits; otherwise puts them back and returns an empty list.
   */
  private List<Booking> displaceFor(BookingRequest request, Instant now) {
    List<Booking> released = new ArrayList<>();
    for (int i = 0; i < request.resources().size(); i++) {
      Resource resource = venue.requireResource(request.resources().get(i));
      ResourcePolicy policy = policy(resource.id());
      Optional<Duration> notice = policy.displacementNotice();
      if (notice.isEmpty()) {
        continue;
      }
      Instant earliest = now.plus(notice.get());
      List<Booking> candidates = new ArrayList<>();
      for (ResourceIndex.Entry<BookingId> entry : index(resource.id()).overlapping(
          blockedInterval(request.interval(), policy))) {
        Booking other = Objects.requireNonNull(bookings.get(entry.key()));
        if (other.request().priority() < request.priority() && !other.interval().start().isBefore(earliest)) {
          candidates.add(other);
        }
      }
      // The least important first; among equals, the latest request first.
      candidates.sort(java.util.Comparator.comparingInt((Booking b) -> b.request().priority())
          .thenComparing(Booking::requestedAt, java.util.Comparator.reverseOrder()));
      for (Booking candidate : candidates) {
        List<Violation> blocking = new ArrayList<>();
        checkAvailability(request, resource, policy, "", blocking);
        if (blocking.isEmpty()) {
          break;
        }
        if (!released.contains(candidate)) {
          release(candidate);
          released.add(candidate);
        }
      }
    }
    if (released.isEmpty() || evaluate(request, now, null).accepted()) {
      return released;
    }
    released.forEach(this::hold);
    return List.of();
  }

  /** Up to three other times on the same day when the displaced booking would pass every check. */
  private List<Interval> alternatives(Booking displaced, Instant now) {
    Interval original = displaced.interval();
    java.time.ZonedDateTime dayStart = original.start().atZone(zone()).toLocalDate().atStartOfDay(zone());
    Instant dayEnd = dayStart.plusDays(1).toInstant();
    List<Interval> found = new ArrayList<>();
    for (Instant start = dayStart.toInstant(); !start.plus(original.duration()).isAfter(dayEnd);
        start = start.plus(Duration.ofMinutes(15))) {
      Interval candidate = Interval.of(start, original.duration());
      if (candidate.equals(original)) {
        continue;
      }
      BookingRequest moved = BookingRequest.builder().from(displaced.request()).interval(candidate).build();
      if (evaluate(moved, now, displaced.id()).accepted()) {
        found.add(candidate);
      }
    }
    found.sort(java.util.Comparator.comparing(
        (Interval i) -> Duration.between(original.start(), i.start()).abs()).thenComparing(i -> i.start()));
    return List.copyOf(found.subList(0, Math.min(3, found.size())));
  }

  /**
   * Cancels a booking at its requester's wish, within the resource's cancellation deadline; then promotes the
   * waitlist.
   *
   * @param id the booking, not null
   * @return the decision: cancelled, or unchanged with a {@code rule.cancellationDeadline} violation, not null
   * @throws EssNotFoundException if the calendar has no such booking
   * @throws EssStateException if the booking is already cancelled or declined
   */
  public synchronized BookingDecision cancel(BookingId id) {
    Instant now = clock.instant();
    expireOffers(now);
    Booking booking = require(id);
    requireOpen(booking, "cancel");
    List<Violation> late = lateCancellation(booking, now);
    if (!late.isEmpty()) {
      return BookingDecision.of(booking, late);
    }
    return BookingDecision.of(close(booking, BookingState.CANCELLED, "cancelled", now), List.of());
  }

  private List<Violation> lateCancellation(Booking booking, Instant now) {
    List<Violation> late = new ArrayList<>();
    for (ResourceId resource : booking.resources()) {
      Optional<Duration> deadline = policy(resource).cancellationDeadline();
      if (deadline.isPresent() && booking.state().holdsResources()
          && now.isAfter(booking.interval().start().minus(deadline.get()))) {
        late.add(CATALOG.error("rule.cancellationDeadline", "", "resource", venue.requireResource(resource).name(),
            "deadline", deadline.get(), "start", local(booking.interval().start())));
      }
    }
    return late;
  }

  /**
   * Confirms a booking pending approval (a manager's decision).
   *
   * @param id the booking, not null
   * @return the decision, confirmed, not null
   * @throws EssNotFoundException if the calendar has no such booking
   * @throws EssStateException if the booking is not pending approval
   */
  public synchronized BookingDecision approve(BookingId id) {
    expireOffers(clock.instant());
    Booking booking = require(id);
    if (booking.state() != BookingState.PENDING_APPROVAL) {
      throw new EssStateException("Cannot approve booking " + id + ": it is " + booking.state());
    }
    Booking approved = booking.withNewState(BookingState.CONFIRMED);
    bookings.put(id, approved);
    record(clock.instant(), approved, Optional.of(booking.state()), "approved", List.of());
    return BookingDecision.of(approved, List.of());
  }

  /**
   * Declines a booking pending approval or waitlisted (a manager's decision); then promotes the waitlist.
   *
   * @param id the booking, not null
   * @return the decision, declined, not null
   * @throws EssNotFoundException if the calendar has no such booking
   * @throws EssStateException if the booking is neither pending approval nor waitlisted
   */
  public synchronized BookingDecision decline(BookingId id) {
    expireOffers(clock.instant());
    Booking booking = require(id);
    if (booking.state() != BookingState.PENDING_APPROVAL && booking.state() != BookingState.WAITLISTED) {
      throw new EssStateException("Cannot decline booking " + id + ": it is " + booking.state());
    }
    return BookingDecision.of(close(booking, BookingState.DECLINED, "declined", clock.instant()), List.of());
  }

  /**
   * Accepts the offer of a freed place: the booking becomes confirmed, or pending approval when a resource needs
   * it. An offer that has expired is refused with a {@code waitlist.offerExpired} violation.
   *
   * @param id the booking, not null
   * @return the decision, not null
   * @throws EssNotFoundException if the calendar has no such booking
   * @throws EssStateException if the booking was never offered a place
   */
  public synchronized BookingDecision acceptOffer(BookingId id) {
    Instant now = clock.instant();
    Booking before = require(id);
    Optional<Instant> expiry = before.offerExpiresAt();
    expireOffers(now);
    Booking booking = require(id);
    if (booking.state() != BookingState.OFFERED) {
      if (before.state() == BookingState.OFFERED && expiry.isPresent()) {
        return BookingDecision.of(booking, List.of(CATALOG.error("waitlist.offerExpired", "",
            "booking", id, "expiredAt", local(expiry.get()))));
      }
      throw new EssStateException("Cannot accept an offer for booking " + id + ": it is " + booking.state());
    }
    boolean approval = booking.resources().stream().anyMatch(r -> policy(r).approvalRequired());
    BookingState state = approval ? BookingState.PENDING_APPROVAL : BookingState.CONFIRMED;
    Booking accepted = booking.withNewState(state);
    bookings.put(id, accepted);
    record(now, accepted, Optional.of(BookingState.OFFERED), "offer accepted", List.of());
    return BookingDecision.of(accepted, List.of());
  }

  /**
   * Withdraws the offers whose time has run out (they become cancelled) and offers the places to the next
   * waitlisted requests. Every operation does this first; call it to bring the calendar up to date.
   */
  public synchronized void expireOffers() {
    expireOffers(clock.instant());
  }

  /**
   * Looks a booking up.
   *
   * @param id the identifier, not null
   * @return the booking as it stands, or empty
   */
  public synchronized Optional<Booking> booking(BookingId id) {
    return Optional.ofNullable(bookings.get(id));
  }

  /**
   * Every booking ever requested, in order, whatever its state.
   *
   * @return a snapshot, not null
   */
  public synchronized List<Booking> bookings() {
    return List.copyOf(bookings.values());
  }

  /**
   * The bookings that hold a resource during part of an interval.
   *
   * @param resource the resource, not null
   * @param interval the interval, not null
   * @return the bookings in order of start (bookings that start together in order of number), possibly empty,
   *     not null
   * @throws EssNotFoundException if the venue has no such resource
   */
  public synchronized List<Booking> holding(ResourceId resource, Interval interval) {
    venue.requireResource(resource);
    List<Booking> found = new ArrayList<>();
    for (ResourceIndex.Entry<BookingId> entry : index(resource).overlapping(interval)) {
      Booking booking = bookings.get(entry.key());
      if (booking != null && booking.interval().overlaps(interval)) {
        found.add(booking);
      }
    }
    return found;
  }

  /**
   * The peak number of units of a resource held at one instant of an interval, buffers included.
   *
   * @param resource the resource, not null
   * @param interval the interval, not null
   * @return the peak occupancy, 0 if nothing is held
   * @throws EssNotFoundException if the venue has no such resource
   */
  public synchronized int peakOccupancy(ResourceId resource, Interval interval) {
    venue.requireResource(resource);
    return index(resource).peak(interval).units();
  }

  /**
   * Whether {@code units} units of a resource are free during the whole of an interval (availability only, no
   * other rule).
   *
   * @param resource the resource, not null
   * @param interval the interval, not null
   * @param units the units wanted, at least 1
   * @return true if a booking of them would fit
   * @throws EssNotFoundException if the venue has no such resource
   */
  public synchronized boolean isFree(ResourceId resource, Interval interval, int units) {
    Resource r = venue.requireResource(resource);
    ResourcePolicy policy = policies.getOrDefault(resource, ResourcePolicy.standard());
    Interval blocked = blockedInterval(interval, policy);
    if (r.sharing() == SharingMode.EXCLUSIVE) {
      return units == 1 && index(resource).overlapping(blocked).isEmpty();
    }
    return units <= r.bookableUnits() && index(resource).peak(blocked).units() + units <= r.bookableUnits();
  }

  /**
   * The free slots of a duration within a range, across the resources that match the query's needs, in order of
   * start then resource. A slot respects the resource's opening hours (for the query's categories), blackouts,
   * allowed categories, minimum and maximum duration, notice and horizon, its buffers and the bookings held; it
   * does not look at quotas, which depend on who books.
   *
   * @param query what to look for, not null
   * @return the slots, possibly empty, not null
   */
  public synchronized List<FreeSlot> freeSlots(AvailabilityQuery query) {
    Instant now = clock.instant();
    expireOffers(now);
    List<FreeSlot> found = new ArrayList<>();
    for (Resource resource : venue.resources()) {
      ResourcePolicy policy = policy(resource.id());
      if (!matches(resource, policy, query)) {
        continue;
      }
      List<Interval> open = policy.openingHours()
          .map(hours -> hours.openIntervals(query.range(), query.categories()))
          .orElse(List.of(query.range()));
      Instant earliest = now.plus(policy.minimumNotice());
      Optional<Instant> latest = policy.maximumHorizon().map(now::plus);
      for (Interval stretch : open) {
        // Exclusive resources: the held intervals never overlap one another, so sorted by start they are sorted
        // by end too, and one pass with a moving pointer answers every candidate of the stretch.
        List<Interval> busy = new ArrayList<>();
        if (resource.sharing() == SharingMode.EXCLUSIVE) {
          for (ResourceIndex.Entry<BookingId> entry : index(resource.id()).overlapping(
              stretch.widen(policy.bufferBefore(), policy.bufferAfter()))) {
            busy.add(entry.interval());
          }
          busy.sort(null);
        }
        int next = 0;
        for (Instant start = firstStep(query, stretch.start()); !start.plus(query.duration()).isAfter(stretch.end());
            start = start.plus(query.step())) {
          if (start.isBefore(earliest)) {
            continue;
          }
          if (latest.isPresent() && start.isAfter(latest.get())) {
            break;
          }
          Instant end = start.plus(query.duration());
          boolean free;
          if (resource.sharing() == SharingMode.EXCLUSIVE) {
            Instant blockedStart = start.minus(policy.bufferBefore());
            Instant blockedEnd = end.plus(policy.bufferAfter());
            while (next < busy.size() && !busy.get(next).end().isAfter(blockedStart)) {
              next++;
            }
            free = query.units() == 1 && (next == busy.size() || !busy.get(next).start().isBefore(blockedEnd));
          } else {
            free = fits(resource, policy, Interval.of(start, end), query.units());
          }
          if (free) {
            Interval slot = Interval.of(start, end);
            if (policy.blackouts().isEmpty() || policy.blackouts().stream().noneMatch(slot::overlaps)) {
              found.add(FreeSlot.of(resource.id(), slot));
            }
          }
        }
      }
    }
    found.sort(java.util.Comparator.comparing((FreeSlot slot) -> slot.interval().start())
        .thenComparing(FreeSlot::resource));
    return List.copyOf(found);
  }

  private static boolean matches(Resource resource, ResourcePolicy policy, AvailabilityQuery query) {
    boolean categoryAllowed = policy.allowedCategories().isEmpty()
        || query.categories().stream().anyMatch(policy.allowedCategories()::contains);
    return query.kind().map(kind -> kind == resource.kind()).orElse(true)
        && (query.minCapacity().isEmpty() || resource.capacity().orElse(0) >= query.minCapacity().getAsInt())
        && resource.equipment().containsAll(query.equipment())
        && resource.accessibility().containsAll(query.accessibility())
        && categoryAllowed
        && policy.minDuration().map(min -> query.duration().compareTo(min) >= 0).orElse(true)
        && policy.maxDuration().map(max -> query.duration().compareTo(max) <= 0).orElse(true);
  }

  /** The first slot start at or after {@code from}, on the query's grid of steps from the range's start. */
  private static Instant firstStep(AvailabilityQuery query, Instant from) {
    long step = query.step().toNanos();
    long offset = Duration.between(query.range().start(), from).toNanos();
    long steps = (offset + step - 1) / step;
    return query.range().start().plus(Duration.ofNanos(steps * step));
  }

  private boolean fits(Resource resource, ResourcePolicy policy, Interval interval, int units) {
    Interval blocked = blockedInterval(interval, policy);
    if (resource.sharing() == SharingMode.EXCLUSIVE) {
      return units == 1 && index(resource.id()).overlapping(blocked).isEmpty();
    }
    return units <= resource.bookableUnits()
        && index(resource.id()).peak(blocked).units() + units <= resource.bookableUnits();
  }

  // --- recurring series ---

  /**
   * Decides a recurring series: every occurrence is checked with every rule of every resource and against the
   * bookings held, the earlier occurrences of the same series included (quotas count them, an hourly series cannot
   * overlap itself). The answer reports each occurrence. With {@link SeriesMode#REFUSE_WHOLE_SERIES} nothing is
   * recorded (no booking, no event) unless every occurrence passes; with {@link SeriesMode#SKIP_CONFLICTS} the
   * accepted occurrences are booked ({@link BookingState#CONFIRMED}, or pending approval) and the refused ones left
   * out. Occurrences never wait in the waitlist and never displace other bookings.
   *
   * <p>Each occurrence starts at the instant of its wall-clock date-time by the daylight-saving rule of
   * {@link Interval#startInstant(java.time.LocalDateTime, ZoneId)} and lasts the series' duration in real time.
   *
   * @param request the series, not null
   * @param mode what to do when some occurrences are refused, not null
   * @return a report per occurrence and the series recorded, if any, not null
   * @throws EssNotFoundException if a resource is not in the venue (nothing is recorded)
   * @throws coop.ess.core.EssValidationException if the recurrence is not in the venue's zone
   */
  public synchronized SeriesDecision requestSeries(SeriesRequest request, SeriesMode mode) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(mode, "mode");
    for (ResourceId id : request.resources()) {
      venue.requireResource(id);
    }
    if (!request.recurrence().zone().equals(zone())) {
      throw new coop.ess.core.EssValidationException("SeriesRequest", List.of(CATALOG.error("series.zone",
          "recurrence.zone", "zone", request.recurrence().zone(), "venueZone", zone())));
    }
    Instant now = clock.instant();
    expireOffers(now);
    SeriesId seriesId = SeriesId.of("s" + (lastSeriesId + 1));
    List<java.time.LocalDateTime> dates = request.recurrence().localOccurrences(SeriesRequest.MAX_OCCURRENCES);
    Tentative tentative = book(request, seriesId, dates, Optional.empty(), now);
    boolean record = !tentative.held.isEmpty()
        && (mode == SeriesMode.SKIP_CONFLICTS || tentative.held.size() == dates.size());
    if (!record) {
      tentative.undo();
      return SeriesDecision.of(Optional.empty(), mode, tentative.reports(false));
    }
    lastSeriesId++;
    BookingSeries recorded = ImmutableBookingSeries.builder().id(seriesId).request(request)
        .bookings(tentative.held.stream().map(Booking::id).toList()).build();
    series.put(seriesId, recorded);
    changedSeries = List.of(recorded);
    for (Booking booking : tentative.held) {
      record(now, booking, Optional.empty(), "series " + seriesId, List.of());
    }
    return SeriesDecision.of(Optional.of(seriesId), mode, tentative.reports(true));
  }

  /** Occurrences held for a while: recorded at the end, or undone. */
  private final class Tentative {
    final List<Booking> held = new ArrayList<>();
    final List<java.time.LocalDateTime> dates = new ArrayList<>();
    final List<Interval> intervals = new ArrayList<>();
    final List<@Nullable Booking> bookingOf = new ArrayList<>();
    final List<List<Violation>> violations = new ArrayList<>();
    final long idBefore = lastId;

    void undo() {
      for (Booking booking : held) {
        release(booking);
        bookings.remove(booking.id());
        List<BookingId> mine = byRequester.get(booking.requester());
        if (mine != null) {
          mine.remove(booking.id());
        }
      }
      lastId = idBefore;
    }

    List<OccurrenceReport> reports(boolean recorded) {
      List<OccurrenceReport> reports = new ArrayList<>();
      for (int i = 0; i < dates.size(); i++) {
        @Nullable Booking booking = bookingOf.get(i);
        reports.add(OccurrenceReport.of(dates.get(i), intervals.get(i),
            recorded && booking != null ? Optional.of(booking.id()) : Optional.empty(), violations.get(i)));
      }
      return reports;
    }
  }

  /**
   * Checks and holds each occurrence in turn, so that later ones see the earlier ones. {@code reuse} gives the
   * identifiers of bookings that are moved rather than created.
   */
  private Tentative book(SeriesRequest request, SeriesId seriesId, List<java.time.LocalDateTime> dates,
      Optional<List<Booking>> reuse, Instant now) {
    Tentative tentative = new Tentative();
    for (int i = 0; i < dates.size(); i++) {
      java.time.LocalDateTime date = dates.get(i);
      Interval interval = Interval.of(request.recurrence().instantOf(date), request.duration());
      BookingRequest single = request.occurrence(interval);
      Optional<Booking> old = reuse.map(list -> list.get(tentative.dates.size()));
      Evaluation evaluation = evaluate(single, now, old.map(Booking::id).orElse(null));
      tentative.dates.add(date);
      tentative.intervals.add(interval);
      tentative.violations.add(evaluation.all());
      if (!evaluation.accepted()) {
        tentative.bookingOf.add(null);
        continue;
      }
      BookingState state = evaluation.approval ? BookingState.PENDING_APPROVAL : BookingState.CONFIRMED;
      Booking booking;
      if (old.isPresent()) {
        booking = ImmutableBooking.builder().from(old.get()).request(single).state(state)
            .offerExpiresAt(Optional.empty()).series(seriesId).recurrenceId(date).build();
      } else {
        lastId++;
        booking = ImmutableBooking.builder().id(BookingId.of("b" + lastId)).request(single).state(state)
            .requestedAt(now).series(seriesId).recurrenceId(date).build();
        byRequester.computeIfAbsent(request.requester(), party -> new ArrayList<>()).add(booking.id());
      }
      bookings.put(booking.id(), booking);
      hold(booking);
      tentative.held.add(booking);
      tentative.bookingOf.add(booking);
    }
    return tentative;
  }

  /**
   * Looks a series up.
   *
   * @param id the identifier, not null
   * @return the series as it stands, or empty
   */
  public synchronized Optional<BookingSeries> series(SeriesId id) {
    return Optional.ofNullable(series.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Every series recorded, in order.
   *
   * @return a snapshot, not null
   */
  public synchronized List<BookingSeries> allSeries() {
    return List.copyOf(series.values());
  }

  /**
   * Moves a booking that holds its resources (one occurrence of a series, or a single booking) to another
   * interval, checked with every rule as a new request would be (the booking itself set aside). An occurrence
   * keeps its series and its {@link Booking#recurrenceId()}: it becomes an exception of the series.
   *
   * @param id the booking, not null
   * @param interval the new interval, not null
   * @return the moved booking, or the booking unchanged with the violations that prevent the move, not null
   * @throws EssNotFoundException if the calendar has no such booking
   * @throws EssStateException if the booking does not hold its resources (waitlisted, cancelled, declined)
   */
  public synchronized BookingDecision move(BookingId id, Interval interval) {
    Objects.requireNonNull(interval, "interval");
    Instant now = clock.instant();
    expireOffers(now);
    Booking booking = require(id);
    if (!booking.state().holdsResources()) {
      throw new EssStateException("Cannot move booking " + id + ": it is " + booking.state());
    }
    BookingRequest moved = BookingRequest.builder().from(booking.request()).interval(interval).build();
    release(booking);
    Evaluation evaluation = evaluate(moved, now, id);
    if (!evaluation.accepted()) {
      hold(booking);
      return BookingDecision.of(booking, evaluation.all());
    }
    BookingState state = evaluation.approval ? BookingState.PENDING_APPROVAL : BookingState.CONFIRMED;
    Booking after = ImmutableBooking.builder().from(booking).request(moved).state(state)
        .offerExpiresAt(Optional.empty()).build();
    bookings.put(id, after);
    hold(after);
    record(now, after, Optional.of(booking.state()), "moved", List.of());
    promoteWaitlist(now);
    return BookingDecision.of(after, List.of());
  }

  /**
   * Cancels an occurrence and every later one of its series ("this and following"), within the cancellation
   * deadlines, and cuts the series' recurrence short before it. All or nothing: if one of them is past its
   * deadline, nothing is cancelled and the decisions carry the violations.
   *
   * @param id an occurrence, not null
   * @return a decision per open occurrence from this one on, in order, not null
   * @throws EssNotFoundException if the calendar has no such booking
   * @throws EssStateException if the booking is not an open occurrence of a series
   */
  public synchronized List<BookingDecision> cancelFollowing(BookingId id) {
    Instant now = clock.instant();
    expireOffers(now);
    Booking booking = require(id);
    requireOpen(booking, "cancel");
    BookingSeries current = seriesOf(booking);
    java.time.LocalDateTime from = booking.recurrenceId().orElseThrow();
    List<Booking> following = following(current, from);
    List<BookingDecision> late = new ArrayList<>();
    for (Booking occurrence : following) {
      List<Violation> violations = lateCancellation(occurrence, now);
      if (!violations.isEmpty()) {
        late.add(BookingDecision.of(occurrence, violations));
      }
    }
    if (!late.isEmpty()) {
      return late;
    }
    Recurrence recurrence = current.request().recurrence();
    if (from.isAfter(recurrence.start())) {
      BookingSeries cut = ImmutableBookingSeries.builder().from(current)
          .request(ImmutableSeriesRequest.builder().from(current.request())
              .recurrence(recurrence.endingBefore(from)).build()).build();
      series.put(current.id(), cut);
      changedSeries = List.of(cut);
    }
    List<BookingDecision> decisions = new ArrayList<>();
    for (Booking occurrence : following) {
      decisions.add(BookingDecision.of(close(occurrence, BookingState.CANCELLED, "cancelled with the following",
          now), List.of()));
    }
    return decisions;
  }

  /**
   * Moves an occurrence and every later one of its series ("this and following") by the same wall-clock shift,
   * splitting the series: the earlier occurrences stay in it (its recurrence cut short), the moved ones form a new
   * series, whose recurrence is the old rule from the new start when that gives exactly the moved dates, else
   * their explicit dates. The moved occurrences keep their booking identifiers. All or nothing: each moved
   * occurrence is checked with every rule; if one is refused nothing changes and the report says why.
   *
   * @param id an occurrence, not null
   * @param shift how far to move each occurrence's wall-clock date-time (its recurrence date-time), not null
   * @return a report per moved occurrence and the new series when recorded, not null
   * @throws EssNotFoundException if the calendar has no such booking
   * @throws EssStateException if the booking is not an open occurrence of a series
   */
  public synchronized SeriesDecision moveFollowing(BookingId id, Duration shift) {
    Objects.requireNonNull(shift, "shift");
    Instant now = clock.instant();
    expireOffers(now);
    Booking booking = require(id);
    requireOpen(booking, "move");
    BookingSeries current = seriesOf(booking);
    java.time.LocalDateTime from = booking.recurrenceId().orElseThrow();
    List<Booking> following = following(current, from);
    List<Booking> holding = following.stream().filter(b -> b.state().holdsResources()).toList();
    Recurrence old = current.request().recurrence();
    List<java.time.LocalDateTime> moved = holding.stream()
        .map(b -> b.recurrenceId().orElseThrow().plus(shift)).toList();
    Recurrence recurrence = shiftedRecurrence(old, from, shift, moved);
    SeriesRequest request = ImmutableSeriesRequest.builder().from(current.request()).recurrence(recurrence).build();
    SeriesId newId = SeriesId.of("s" + (lastSeriesId + 1));
    holding.forEach(this::release);
    Tentative tentative = book(request, newId, moved, Optional.of(holding), now);
    if (tentative.held.size() != moved.size()) {
      for (Booking b : tentative.held) {
        release(b);
      }
      for (Booking b : holding) {
        bookings.put(b.id(), b);
        hold(b);
      }
      return SeriesDecision.of(Optional.empty(), SeriesMode.REFUSE_WHOLE_SERIES, tentative.reports(false));
    }
    lastSeriesId++;
    List<BookingId> kept = current.bookings().stream().filter(b -> holding.stream().noneMatch(h -> h.id().equals(b))
        && following.stream().noneMatch(f -> f.id().equals(b))).toList();
    ImmutableBookingSeries.Builder cut = ImmutableBookingSeries.builder().from(current).bookings(kept);
    if (from.isAfter(old.start())) {
      cut.request(ImmutableSeriesRequest.builder().from(current.request()).recurrence(old.endingBefore(from))
          .build());
    }
    BookingSeries shortened = cut.build();
    BookingSeries split = ImmutableBookingSeries.builder().id(newId).request(request).splitFrom(current.id())
        .bookings(tentative.held.stream().map(Booking::id).toList()).build();
    series.put(current.id(), shortened);
    series.put(newId, split);
    changedSeries = List.of(shortened, split);
    for (int i = 0; i < holding.size(); i++) {
      Booking before = holding.get(i);
      record(now, tentative.held.get(i), Optional.of(before.state()), "moved with the following to " + newId,
          List.of());
    }
    for (Booking other : following) {
      if (!other.state().holdsResources()) {
        close(other, BookingState.CANCELLED, "cancelled with the following", now);
      }
    }
    promoteWaitlist(now);
    return SeriesDecision.of(Optional.of(newId), SeriesMode.REFUSE_WHOLE_SERIES, tentative.reports(true));
  }

  /**
   * The recurrence of the moved occurrences: the old rule from the shifted start, its end adjusted, when it gives
   * exactly the moved date-times; otherwise the moved date-times themselves.
   */
  private static Recurrence shiftedRecurrence(Recurrence old, java.time.LocalDateTime from, Duration shift,
      List<java.time.LocalDateTime> moved) {
    java.time.LocalDateTime start = moved.isEmpty() ? from.plus(shift) : moved.get(0);
    if (old.rule().isPresent()) {
      String rule = old.rule().get();
      String bound;
      if (coop.ess.booking.internal.RecurrenceRule.counted(rule)) {
        long remaining = Recurrence.builder().start(old.start()).zone(old.zone()).rule(rule).build()
            .localOccurrences(SeriesRequest.MAX_OCCURRENCES).stream().filter(d -> !d.isBefore(from)).count();
        bound = "COUNT=" + Math.max(1, remaining);
      } else {
        java.time.LocalDateTime last = old.localOccurrences(SeriesRequest.MAX_OCCURRENCES).get(
            old.localOccurrences(SeriesRequest.MAX_OCCURRENCES).size() - 1);
        bound = "UNTIL=" + coop.ess.booking.internal.RecurrenceRule.utc(old.instantOf(last.plus(shift)));
      }
      Recurrence.Builder candidate = Recurrence.builder().start(from.plus(shift)).zone(old.zone())
          .rule(coop.ess.booking.internal.RecurrenceRule.withBound(rule, bound));
      old.rdates().stream().filter(d -> !d.isBefore(from)).map(d -> d.plus(shift)).forEach(candidate::addRdates);
      Recurrence withRule = candidate.build();
      for (java.time.LocalDateTime date : withRule.localOccurrences(SeriesRequest.MAX_OCCURRENCES)) {
        if (!moved.contains(date)) {
          candidate.addExdates(date);
        }
      }
      Recurrence exact = candidate.build();
      if (exact.localOccurrences(SeriesRequest.MAX_OCCURRENCES).equals(moved)) {
        return exact;
      }
    }
    Recurrence.Builder dates = Recurrence.builder().start(start).zone(old.zone());
    moved.stream().skip(1).forEach(dates::addRdates);
    return dates.build();
  }

  private BookingSeries seriesOf(Booking booking) {
    Optional<SeriesId> id = booking.series();
    if (id.isEmpty() || booking.recurrenceId().isEmpty()) {
      throw new EssStateException("Booking " + booking.id() + " is not an occurrence of a series");
    }
    return Objects.requireNonNull(series.get(id.get()), "series");
  }

  /** The open occurrences of a series from a recurrence date-time on, in order of date. */
  private List<Booking> following(BookingSeries of, java.time.LocalDateTime from) {
    List<Booking> found = new ArrayList<>();
    for (BookingId id : of.bookings()) {
      Booking booking = Objects.requireNonNull(bookings.get(id));
      if (booking.state().isOpen() && !booking.recurrenceId().orElseThrow().isBefore(from)) {
        found.add(booking);
      }
    }
    found.sort(java.util.Comparator.comparing(b -> b.recurrenceId().orElseThrow()));
    return found;
  }

  /**
   * The journal: every change, in order.
   *
   * @return a copy of the events, from the first, not null
   * @throws EssStateException if the calendar was restored from a snapshot and its journal no longer holds the
   *     events the snapshot includes (the message names the snapshot's event); {@link #eventsFrom(long)} reads the
   *     events held
   */
  public synchronized List<BookingEvent> events() {
    if (journal.start() > 1) {
      throw new EssStateException("The events before the calendar's snapshot of event " + (journal.start() - 1)
          + " are not in its journal, which holds events " + journal.start() + " to " + journal.size());
    }
    return journal.events();
  }

  /**
   * The changes from one event on, in order: what a calendar restored from a snapshot still holds.
   *
   * @param sequence the first event wanted, from {@code journal().start()} on
   * @return a copy of the events from it to the last, possibly empty, not null
   * @throws EssStateException if the event is before the first the journal holds (included in the snapshot the
   *     calendar was restored from, which the message names)
   * @throws IllegalArgumentException if the sequence is below 1
   */
  public synchronized List<BookingEvent> eventsFrom(long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("Events are numbered from 1, got " + sequence);
    }
    long start = journal.start();
    if (sequence < start) {
      throw new EssStateException("Event " + sequence + " is included in the calendar's snapshot of event "
          + (start - 1) + " and no longer in its journal, which holds events " + start + " to " + journal.size());
    }
    List<BookingEvent> found = new ArrayList<>();
    for (long at = sequence; at <= journal.size(); at++) {
      found.add(journal.get(at));
    }
    return List.copyOf(found);
  }

  /**
   * The whole state of the calendar after its last event, from which a calendar can be rebuilt without replaying
   * the events before it: every booking, every series, the identifier counters. Taken under the calendar's lock.
   *
   * @return the snapshot, whose {@link CalendarSnapshot#sequence()} is the journal's size, not null
   */
  public synchronized CalendarSnapshot snapshot() {
    return CalendarSnapshot.builder().sequence(journal.size()).addAllBookings(bookings.values())
        .addAllSeries(series.values()).lastBookingId(lastId).lastSeriesId(lastSeriesId).build();
  }

  /**
   * Takes a {@link #snapshot()} and hands it to the journal ({@link CalendarJournal#saveSnapshot}) under the
   * calendar's lock, so that no event comes between the two: a calendar later built on the journal restores it and
   * replays only the events after it.
   *
   * @return the snapshot saved, not null
   * @throws EssStateException if the journal keeps no snapshots
   * @throws java.io.UncheckedIOException if a durable journal cannot write it
   */
  public synchronized CalendarSnapshot saveSnapshot() {
    CalendarSnapshot snapshot = snapshot();
    journal.saveSnapshot(snapshot);
    return snapshot;
  }

  /**
   * The journal this calendar writes.
   *
   * @return the journal, not null
   */
  public CalendarJournal journal() {
    return journal;
  }

  // --- internals, all called under the lock ---

  private final class Evaluation {
    final List<Violation> ruleViolations = new ArrayList<>();
    final List<Violation> availability = new ArrayList<>();
    boolean approval;

    boolean accepted() {
      return ruleViolations.isEmpty() && availability.isEmpty();
    }

    List<Violation> all() {
      List<Violation> all = new ArrayList<>(ruleViolations);
      all.addAll(availability);
      return all;
    }
  }

  private Evaluation evaluate(BookingRequest request, Instant now, @Nullable BookingId self) {
    Evaluation evaluation = new Evaluation();
    for (int i = 0; i < request.resources().size(); i++) {
      Resource resource = venue.requireResource(request.resources().get(i));
      ResourcePolicy policy = policy(resource.id());
      Context context = new Context(request, resource, "resources[" + i + "]", now, self);
      for (BookingRule rule : policy.rules()) {
        evaluation.ruleViolations.addAll(rule.check(context));
      }
      evaluation.approval |= policy.approvalRequired();
      checkAvailability(request, resource, policy, "resources[" + i + "]", evaluation.availability);
    }
    return evaluation;
  }

  private void checkAvailability(BookingRequest request, Resource resource, ResourcePolicy policy, String field,
      List<Violation> found) {
    Interval interval = request.interval();
    int capacity = resource.sharing() == SharingMode.EXCLUSIVE ? 1 : resource.bookableUnits();
    if (request.units() > capacity) {
      found.add(CATALOG.error("booking.unitsExceedResource", field, "resource", resource.name(),
          "units", request.units(), "available", capacity));
      return;
    }
    Duration margin = policy.bufferBefore().plus(policy.bufferAfter());
    Interval blocked = blockedInterval(interval, policy);
    ResourceIndex<BookingId> index = index(resource.id());
    if (resource.sharing() == SharingMode.EXCLUSIVE) {
      for (ResourceIndex.Entry<BookingId> entry : index.overlapping(blocked)) {
        Booking other = Objects.requireNonNull(bookings.get(entry.key()));
        String code = other.interval().overlaps(interval) ? "booking.overlap" : "booking.buffer";
        found.add(CATALOG.error(code, field, "resource", resource.name(), "booking", other.id(),
            "start", local(other.interval().start()), "end", local(other.interval().end()),
            "buffer", margin));
      }
      return;
    }
    ResourceIndex.Peak peak = index.peak(blocked);
    if (peak.units() + request.units() > capacity) {
      found.add(CATALOG.error("booking.full", field, "resource", resource.name(), "held", peak.units(),
          "at", local(peak.at()), "units", request.units(), "capacity", capacity));
    }
  }

  private void hold(Booking booking) {
    for (ResourceId id : booking.resources()) {
      ResourcePolicy policy = policy(id);
      Resource resource = venue.requireResource(id);
      int units = resource.sharing() == SharingMode.EXCLUSIVE ? 1 : booking.request().units();
      index(id).add(new ResourceIndex.Entry<>(booking.id(), blockedInterval(booking.interval(), policy), units));
    }
  }

  private void release(Booking booking) {
    for (ResourceId id : booking.resources()) {
      index(id).remove(booking.id(), blockedInterval(booking.interval(), policy(id)).start());
    }
  }

  /**
   * The interval a booking blocks in the index: its own interval widened by the buffers. Two blocked intervals
   * overlap exactly when the bookings are less than {@code bufferAfter + bufferBefore} apart.
   */
  private static Interval blockedInterval(Interval interval, ResourcePolicy policy) {
    return interval.widen(policy.bufferBefore(), policy.bufferAfter());
  }

  private Booking close(Booking booking, BookingState state, String cause, Instant now) {
    if (booking.state().holdsResources()) {
      release(booking);
    }
    Booking closed = booking.withNewState(state);
    bookings.put(booking.id(), closed);
    record(now, closed, Optional.of(booking.state()), cause, List.of());
    promoteWaitlist(now);
    return closed;
  }

  /** Promotes waitlisted bookings, oldest first, that now pass every check. */
  private void promoteWaitlist(Instant now) {
    for (Booking waiting : List.copyOf(bookings.values())) {
      if (waiting.state() != BookingState.WAITLISTED) {
        continue;
      }
      Evaluation evaluation = evaluate(waiting.request(), now, waiting.id());
      if (!evaluation.accepted()) {
        continue;
      }
      if (offerHold.isZero()) {
        BookingState state = evaluation.approval ? BookingState.PENDING_APPROVAL : BookingState.CONFIRMED;
        Booking promoted = waiting.withNewState(state);
        bookings.put(waiting.id(), promoted);
        hold(promoted);
        record(now, promoted, Optional.of(BookingState.WAITLISTED), "promoted", List.of());
      } else {
        Booking offered = waiting.offered(now.plus(offerHold));
        bookings.put(waiting.id(), offered);
        hold(offered);
        record(now, offered, Optional.of(BookingState.WAITLISTED), "offered", List.of());
      }
    }
  }

  /** Cancels expired offers, oldest expiry first; each frees a place that the waitlist may take. */
  private void expireOffers(Instant now) {
    while (true) {
      Booking expired = null;
      for (Booking booking : bookings.values()) {
        Optional<Instant> expiry = booking.offerExpiresAt();
        if (booking.state() == BookingState.OFFERED && expiry.isPresent() && !expiry.get().isAfter(now)
            && (expired == null || expiry.get().isBefore(expired.offerExpiresAt().orElseThrow()))) {
          expired = booking;
        }
      }
      if (expired == null) {
        return;
      }
      close(expired, BookingState.CANCELLED, "offer expired", now);
    }
  }

  /** Appends the event of a change; the series changed by the operation under way travel with it. */
  private void record(Instant at, Booking after, Optional<BookingState> from, String cause,
      List<Violation> violations) {
    List<BookingSeries> changed = changedSeries;
    changedSeries = List.of();
    journal.append(BookingEvent.of(journal.size() + 1L, at, after, from, cause, violations, changed));
  }

  /**
   * Restores the state of a snapshot: its bookings (their holds in the indexes and the requesters' lists follow),
   * series and counters. Checks that the bookings fit the venue: every resource exists, an exclusive resource is
   * held by one booking at a time, a shared one within its units (buffers are not checked: the policies may have
   * changed since, as for replay).
   */
  private void restore(CalendarSnapshot snapshot) {
    Map<ResourceId, ResourceIndex<BookingId>> held = new HashMap<>();
    for (Booking booking : snapshot.bookings()) {
      for (ResourceId id : booking.resources()) {
        Resource resource = venue.requireResource(id);
        if (!booking.state().holdsResources()) {
          continue;
        }
        ResourceIndex<BookingId> index = held.computeIfAbsent(id, key -> new ResourceIndex<>(BOOKING_ORDER));
        int capacity = resource.sharing() == SharingMode.EXCLUSIVE ? 1 : resource.bookableUnits();
        int units = resource.sharing() == SharingMode.EXCLUSIVE ? 1 : booking.request().units();
        ResourceIndex.Peak peak = index.peak(booking.interval());
        if (peak.units() + units > capacity) {
          List<ResourceIndex.Entry<BookingId>> others = index.overlapping(booking.interval());
          String with = others.isEmpty() ? "" : " with booking " + others.get(others.size() - 1).key();
          throw new EssStateException("Cannot restore the snapshot of event " + snapshot.sequence() + ": booking "
              + booking.id() + with + " holds more of " + id + " than it has (" + capacity
              + (capacity == 1 ? " unit" : " units") + ") at "
              + local(peak.units() == 0 ? booking.interval().start() : peak.at()));
        }
        index.add(new ResourceIndex.Entry<>(booking.id(), booking.interval(), units));
      }
    }
    for (Booking booking : snapshot.bookings()) {
      bookings.put(booking.id(), booking);
      byRequester.computeIfAbsent(booking.requester(), party -> new ArrayList<>()).add(booking.id());
      if (booking.state().holdsResources()) {
        hold(booking);
      }
    }
    for (BookingSeries one : snapshot.series()) {
      series.put(one.id(), one);
    }
    lastId = snapshot.lastBookingId();
    lastSeriesId = snapshot.lastSeriesId();
  }

  /**
   * Applies a recorded event without running any rule: the booking as the event left it replaces the one before
   * (their holds in the indexes follow), the series it carries replace theirs, and the identifier counters move
   * past the identifiers seen.
   */
  private void replay(BookingEvent event) {
    Booking after = event.after();
    for (ResourceId resource : after.resources()) {
      venue.requireResource(resource);
    }
    Booking before = bookings.get(after.id());
    Optional<BookingState> was = before == null ? Optional.empty() : Optional.of(before.state());
    if (!was.equals(event.from())) {
      throw new EssStateException("Cannot replay event " + event.sequence() + ": booking " + after.id() + " was "
          + was.map(String::valueOf).orElse("unknown") + ", the event says " + event.from().map(String::valueOf)
          .orElse("new"));
    }
    if (before == null) {
      byRequester.computeIfAbsent(after.requester(), party -> new ArrayList<>()).add(after.id());
    } else if (before.state().holdsResources()) {
      release(before);
    }
    bookings.put(after.id(), after);
    if (after.state().holdsResources()) {
      hold(after);
    }
    lastId = Math.max(lastId, number(after.id().value(), 'b'));
    for (BookingSeries changed : event.series()) {
      series.put(changed.id(), changed);
      lastSeriesId = Math.max(lastSeriesId, number(changed.id().value(), 's'));
    }
  }

  /** The number of an identifier the calendar gave ({@code b12}, {@code s3}), or 0 for another one. */
  static long number(String id, char prefix) {
    if (id.length() < 2 || id.length() > 19 || id.charAt(0) != prefix) {
      return 0;
    }
    for (int i = 1; i < id.length(); i++) {
      if (id.charAt(i) < '0' || id.charAt(i) > '9') {
        return 0;
      }
    }
    return Long.parseLong(id.substring(1));
  }

  private Booking require(BookingId id) {
    Objects.requireNonNull(id, "id");
    Booking booking = bookings.get(id);
    if (booking == null) {
      throw new EssNotFoundException("booking", id.value(), "calendar of " + venue.id());
    }
    return booking;
  }

  private static void requireOpen(Booking booking, String operation) {
    if (!booking.state().isOpen()) {
      throw new EssStateException("Cannot " + operation + " booking " + booking.id() + ": it is " + booking.state());
    }
  }

  private ResourceIndex<BookingId> index(ResourceId resource) {
    return Objects.requireNonNull(indexes.get(resource), "index");
  }

  private ZoneId zone() {
    return venue.zone();
  }

  private String local(Instant instant) {
    return instant.atZone(zone()).toLocalDateTime().toString();
  }

  /** The view of the calendar given to rules. */
  private final class Context implements RuleContext {
    private final BookingRequest request;
    private final Resource resource;
    private final String field;
    private final Instant now;
    private final @Nullable BookingId self;

    Context(BookingRequest request, Resource resource, String field, Instant now, @Nullable BookingId self) {
      this.request = request;
      this.resource = resource;
      this.field = field;
      this.now = now;
      this.self = self;
    }

    @Override
    public BookingRequest request() {
      return request;
    }

    @Override
    public Resource resource() {
      return resource;
    }

    @Override
    public String field() {
      return field;
    }

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public ZoneId zone() {
      return venue.zone();
    }

    @Override
    public List<Booking> requesterBookings() {
      List<Booking> found = new ArrayList<>();
      for (BookingId id : byRequester.getOrDefault(request.requester(), List.of())) {
        Booking booking = bookings.get(id);
        if (booking != null && !id.equals(self) && booking.state().holdsResources()
            && booking.resources().contains(resource.id())) {
          found.add(booking);
        }
      }
      return found;
    }
  }

  /**
   * Builds a {@link BookingCalendar}; not thread-safe. Defaults: no policy (the standard one for every resource),
   * {@code Clock.systemUTC()}, no offer hold, a new {@link InMemoryCalendarJournal}.
   */
  public static final class Builder {
    private final Venue venue;
    private Map<ResourceId, ResourcePolicy> policies = Map.of();
    private Clock clock = Clock.systemUTC();
    private Duration offerHold = Duration.ZERO;
    private CalendarJournal journal = new InMemoryCalendarJournal();

    private Builder(Venue venue) {
      this.venue = Objects.requireNonNull(venue, "venue");
    }

    /**
     * The policy of each resource; resources without one get {@link ResourcePolicy#standard()}.
     *
     * @param policies the policies, not null
     * @return this builder, not null
     */
    public Builder policies(Map<ResourceId, ResourcePolicy> policies) {
      this.policies = Map.copyOf(policies);
      return this;
    }

    /**
     * The clock that tells "now" (notice, horizon, offers, event times).
     *
     * @param clock the clock, not null
     * @return this builder, not null
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How long a freed place is held for the first eligible waitlisted request; zero promotes at once.
     *
     * @param offerHold the hold, not negative, not null
     * @return this builder, not null
     */
    public Builder offerHold(Duration offerHold) {
      this.offerHold = Objects.requireNonNull(offerHold, "offerHold");
      return this;
    }

    /**
     * The journal to write. If it already holds events, the calendar replays them first.
     *
     * @param journal the journal, not null
     * @return this builder, not null
     */
    public Builder journal(CalendarJournal journal) {
      this.journal = Objects.requireNonNull(journal, "journal");
      return this;
    }

    /**
     * Builds the calendar, replaying the journal's events if it has any; when the journal holds a
     * {@link CalendarSnapshot}, restores it first and replays only the events after it.
     *
     * @return the calendar, not null
     * @throws EssNotFoundException if a policy, a recorded booking or a booking of the snapshot names a resource the
     *     venue does not have
     * @throws EssStateException if the journal's events do not follow one another (an event's previous state is
     *     not the booking's state), if the snapshot's bookings hold an exclusive resource twice at once or a shared
     *     one beyond its units, or if the snapshot does not meet the journal's events (it is beyond the last, or
     *     events between it and the first held are missing)
     * @throws IllegalArgumentException if the offer hold is negative
     */
    public BookingCalendar build() {
      return new BookingCalendar(venue, policies, clock, offerHold, journal);
    }
  }
}
