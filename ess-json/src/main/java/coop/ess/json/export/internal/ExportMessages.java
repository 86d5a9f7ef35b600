package coop.ess.json.export.internal;

import coop.ess.core.MessageCatalog;

/** The message catalog of the open-data exports. */
public final class ExportMessages {

  /** The violations of the exports: {@code ess-messages/export.properties} and its French twin. */
  public static final MessageCatalog CATALOG = MessageCatalog.load(ExportMessages.class, "export");

  private ExportMessages() {}
}
