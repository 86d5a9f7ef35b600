package coop.ess.json.internal;

import coop.ess.core.MessageCatalog;
import coop.ess.core.Violation;
import coop.ess.json.EssJsonException;
import org.jspecify.annotations.Nullable;

/** The catalog of the reasons of {@link EssJsonException}, in English and French. */
public final class JsonMessages {

  /** The reasons: {@code ess-messages/json.properties} and its French twin. */
  public static final MessageCatalog CATALOG = MessageCatalog.load(JsonMessages.class, "json");

  private JsonMessages() {}

  /**
   * An exception whose reason, in both languages, is a message of the catalog.
   *
   * @param pointer the JSON pointer, not null
   * @param cause the underlying failure, nullable
   * @param code a code of the catalog, not null
   * @param parameters alternating parameter names and values
   * @return the exception, not null
   */
  public static EssJsonException exception(String pointer, @Nullable Throwable cause, String code,
      Object... parameters) {
    Violation reason = CATALOG.error(code, pointer, parameters);
    return new EssJsonException(pointer, reason.messageEn(), reason.messageFr(), cause);
  }
}
