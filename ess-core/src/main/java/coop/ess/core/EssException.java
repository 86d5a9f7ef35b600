package coop.ess.core;

import org.jspecify.annotations.Nullable;

/**
 * The root of the SDK's unchecked exceptions: bad input or misuse of the API.
 *
 * <p>Business refusals are never exceptions; they are {@link Violation}s returned by the engines. Subclasses:
 * {@link EssValidationException} (a value breaks its invariants), {@link EssNotFoundException} (a reference to
 * something unknown), {@link EssStateException} (an operation that the current state does not allow).
 */
public class EssException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was wrong and where, not null
   */
  public EssException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what was wrong and where, not null
   * @param cause the underlying failure, nullable
   */
  public EssException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
