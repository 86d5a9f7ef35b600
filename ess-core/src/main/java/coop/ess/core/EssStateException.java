package coop.ess.core;

/**
 * An operation that the current state of an engine or value does not allow, such as confirming an exchange that was
 * already posted. This is misuse of the API; refusals that users may cause are returned as {@link Violation}s.
 */
public class EssStateException extends EssException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was attempted and the state that forbids it, not null
   */
  public EssStateException(String message) {
    super(message);
  }
}
