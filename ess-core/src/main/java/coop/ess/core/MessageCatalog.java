package coop.ess.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The English and French message templates of one module's violation codes, and the factory of its
 * {@link Violation}s.
 *
 * <p>Templates live in {@code ess-messages/NAME.properties} (English) and {@code ess-messages/NAME_fr.properties}
 * (French), UTF-8, one key per violation code. A template names its parameters in braces: {@code The SIRET {siret}
 * has a wrong check digit.} The folder name is not a Java package name, so the files are readable from any module.
 *
 * <p>Loading refuses a catalog whose two languages do not define the same codes, or name different parameters for
 * a code, so a message can never lack a value in one language. Immutable and thread-safe.
 */
public final class MessageCatalog {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private final String name;
  private final Map<String, String> english;
  private final Map<String, String> french;

  private MessageCatalog(String name, Map<String, String> english, Map<String, String> french) {
    this.name = name;
    this.english = english;
    this.french = french;
    if (!english.keySet().equals(french.keySet())) {
      Set<String> onlyOne = new TreeSet<>(english.keySet());
      onlyOne.addAll(french.keySet());
      Set<String> both = new TreeSet<>(english.keySet());
      both.retainAll(french.keySet());
      onlyOne.removeAll(both);
      throw new IllegalStateException(
          "Message catalog '" + name + "' has codes in only one language: " + onlyOne);
    }
    Set<String> mismatched = new TreeSet<>();
    for (String code : english.keySet()) {
      if (!placeholders(english.get(code)).equals(placeholders(french.get(code)))) {
        mismatched.add(code);
      }
    }
    if (!mismatched.isEmpty()) {
      throw new IllegalStateException(
          "Message catalog '" + name + "' names different parameters in English and French for: " + mismatched);
    }
  }

  private static Set<String> placeholders(@Nullable String template) {
    Set<String> names = new TreeSet<>();
    if (template != null) {
      Matcher matcher = PLACEHOLDER.matcher(template);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
    }
    return names;
  }

  /**
   * Loads the catalog {@code ess-messages/NAME.properties} and its French twin from the module (or class path)
   * of {@code anchor}.
   *
   * @param anchor a class of the module that holds the files, not null
   * @param name the catalog name, such as {@code core}, not null
   * @return the catalog, not null
   * @throws IllegalStateException if a file is missing, the two languages do not define the same codes, or a code
   *     names different parameters in each language
   */
  public static MessageCatalog load(Class<?> anchor, String name) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(name, "name");
    return new MessageCatalog(
        name, read(anchor, "ess-messages/" + name + ".properties"), read(anchor, "ess-messages/" + name + "_fr.properties"));
  }

  private static Map<String, String> read(Class<?> anchor, String resource) {
    try (InputStream in = anchor.getModule().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Message file not found: " + resource + " beside " + anchor.getName());
      }
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> templates = new LinkedHashMap<>();
      for (String key : new TreeSet<>(properties.stringPropertyNames())) {
        templates.put(key, properties.getProperty(key));
      }
      return Map.copyOf(templates);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read message file " + resource, e);
    }
  }

  /**
   * The codes this catalog knows.
   *
   * @return the codes, sorted, not null
   */
  public Set<String> codes() {
    return new TreeSet<>(english.keySet());
  }

  /**
   * The codes whose French template is the same text as the English one: probably not translated yet.
   *
   * @return those codes, sorted, not null
   */
  public Set<String> untranslatedCodes() {
    Set<String> same = new TreeSet<>();
    for (Map.Entry<String, String> entry : english.entrySet()) {
      if (entry.getValue().equals(french.get(entry.getKey()))) {
        same.add(entry.getKey());
      }
    }
    return same;
  }

  /**
   * The raw template of a code in one language, for tooling and tests.
   *
   * @param code a known code, not null
   * @param french true for the French template
   * @return the template, not null
   * @throws IllegalArgumentException if the code is unknown
   */
  public String template(String code, boolean french) {
    String template = (french ? this.french : english).get(code);
    if (template == null) {
      throw new IllegalArgumentException("Unknown violation code '" + code + "' in message catalog '" + name + "'");
    }
    return template;
  }

  /**
   * Creates an {@link Severity#ERROR} violation.
   *
   * @param code a code of this catalog, not null
   * @param field the field or path concerned, empty for the whole value, not null
   * @param parameters alternating parameter names and values (values rendered with {@code String.valueOf})
   * @return the violation, not null
   * @throws IllegalArgumentException if the code is unknown, the parameters are not name-value pairs, or a
   *     template names a parameter that is not given
   */
  public Violation error(String code, String field, Object... parameters) {
    return violation(Severity.ERROR, code, field, parameters);
  }

  /**
   * Creates a {@link Severity#WARNING} violation.
   *
   * @param code a code of this catalog, not null
   * @param field the field or path concerned, empty for the whole value, not null
   * @param parameters alternating parameter names and values
   * @return the violation, not null
   * @throws IllegalArgumentException as {@link #error(String, String, Object...)}
   */
  public Violation warning(String code, String field, Object... parameters) {
    return violation(Severity.WARNING, code, field, parameters);
  }

  /**
   * Creates a violation of any severity.
   *
   * @param severity the severity, not null
   * @param code a code of this catalog, not null
   * @param field the field or path concerned, empty for the whole value, not null
   * @param parameters alternating parameter names and values
   * @return the violation, not null
   * @throws IllegalArgumentException as {@link #error(String, String, Object...)}
   */
  public Violation violation(Severity severity, String code, String field, Object... parameters) {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(field, "field");
    if (parameters.length % 2 != 0) {
      throw new IllegalArgumentException(
          "Parameters of violation '" + code + "' must be name-value pairs, got " + parameters.length + " items");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < parameters.length; i += 2) {
      values.put(String.valueOf(parameters[i]), String.valueOf(parameters[i + 1]));
    }
    return Violation.builder()
        .code(code)
        .severity(severity)
        .field(field)
        .parameters(values)
        .messageEn(format(code, template(code, false), values))
        .messageFr(format(code, template(code, true), values))
        .build();
  }

  private static String format(String code, String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException(
            "Violation '" + code + "' needs parameter '" + matcher.group(1) + "' for template: " + template);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  @Override
  public String toString() {
    return "MessageCatalog[" + name + ", " + english.size() + " codes]";
  }
}
