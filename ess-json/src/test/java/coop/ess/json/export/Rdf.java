package coop.ess.json.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.api.RdfQuadConsumer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The RDF triples of a JSON-LD document, as Titanium JSON-LD (a conformant JSON-LD 1.1 processor) reads them, with
 * no network: a document that would need a remote context fails.
 */
final class Rdf {

  /** One triple; {@code datatype} is null for an IRI or blank-node object. */
  record Triple(String subject, String predicate, String object, @Nullable String datatype) {}

  private final List<Triple> triples;

  private Rdf(List<Triple> triples) {
    this.triples = triples;
  }

  static Rdf of(String jsonLd) {
    List<Triple> triples = new ArrayList<>();
    try {
      JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd)))
          .loader((url, options) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "no network in tests: " + url);
          })
          .provide((subject, predicate, object, datatype, language, direction, graph) -> {
            triples.add(new Triple(subject, predicate, object, datatype));
            return (RdfQuadConsumer) null;
          });
    } catch (JsonLdError e) {
      throw new AssertionError("not valid JSON-LD: " + e.getMessage(), e);
    }
    return new Rdf(triples);
  }

  List<Triple> triples() {
    return triples;
  }

  /** The objects of a subject and predicate, in document order. */
  List<String> objects(String subject, String predicate) {
    return triples.stream().filter(t -> t.subject().equals(subject) && t.predicate().equals(predicate))
        .map(Triple::object).toList();
  }

  /** The one object of a subject and predicate. */
  String object(String subject, String predicate) {
    List<String> objects = objects(subject, predicate);
    if (objects.size() != 1) {
      throw new AssertionError("expected one " + predicate + " of " + subject + ", found " + objects);
    }
    return objects.get(0);
  }

  /** The subjects with a type. */
  List<String> subjectsOfType(String type) {
    return triples.stream().filter(t -> t.predicate().equals(RDF_TYPE) && t.object().equals(type))
        .map(Triple::subject).toList();
  }

  boolean has(String subject, String predicate, String object) {
    return objects(subject, predicate).contains(object);
  }

  static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
}
