package org.aftercare.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.jackson.Problem;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Parses FHIR R4 JSON with HAPI FHIR, turning every parser complaint (unknown element, wrong JSON type, invalid
 * value, repeated element) into a {@link Problem} at the resource's pointer. HAPI's lenient handler would log
 * such complaints with the values; this one logs nothing and never quotes values.
 */
final class FhirJson {
    private final FhirContext context;

    FhirJson(FhirContext context) {
        this.context = context;
    }

    /**
     * Parses one resource.
     *
     * @param json  the resource's JSON text
     * @param pointer  where the resource sits in the request, for problems
     * @param problems  where problems go
     * @return the resource, or null when it had problems
     */
    IBaseResource parse(String json, String pointer, List<Problem> problems) {
        List<Problem> found = new ArrayList<>();
        IParser parser = context.newJsonParser().setParserErrorHandler(new Collecting(pointer, found));
        IBaseResource resource = null;
        try {
            resource = parser.parseResource(json);
        } catch (DataFormatException e) {
            found.add(new Problem(pointer, "json.invalid-value", "not a FHIR R4 resource HAPI FHIR can read"));
        } catch (RuntimeException e) {
            // HAPI's JSON parser throws NullPointerException and ClassCastException on some malformed shapes (an
            // extension array holding a string, found by HostileRequestsPropertiesTest): that is bad input too.
            found.add(new Problem(pointer, "json.invalid-value", "not a FHIR R4 resource HAPI FHIR can read ("
                    + e.getClass().getSimpleName() + " in the parser)"));
        }
        problems.addAll(found);
        return found.isEmpty() ? resource : null;
    }

    private static final class Collecting extends ErrorHandlerAdapter {
        private final String pointer;
        private final List<Problem> problems;

        Collecting(String pointer, List<Problem> problems) {
            this.pointer = pointer;
            this.problems = problems;
        }

        private void add(String code, Object location, String what) {
            if (problems.size() < 20) {
                problems.add(new Problem(pointer, code, what + where(location)));
            }
        }

        private static String where(Object location) {
            if (location instanceof IParseLocation l && l.getParentElementName() != null) {
                return " (in " + l.getParentElementName() + ")";
            }
            return "";
        }

        @Override
        public void unknownElement(IParseLocation location, String name) {
            add("json.unknown-property", location, "'" + name + "' is not a FHIR R4 element");
        }

        @Override
        public void unknownAttribute(IParseLocation location, String name) {
            add("json.unknown-property", location, "'" + name + "' is not a FHIR R4 attribute");
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String name, BaseJsonLikeValue.ValueType expected,
                BaseJsonLikeValue.ScalarType expectedScalar, BaseJsonLikeValue.ValueType found,
                BaseJsonLikeValue.ScalarType foundScalar) {
            add("json.wrong-type", location, "FHIR element '" + name + "' has the wrong JSON type");
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            add("json.invalid-value", location, "a FHIR element has a value invalid for its type");
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String name) {
            add("json.wrong-type", location, "FHIR element '" + name + "' repeats but may occur once");
        }

        @Override
        public void extensionContainsValueAndNestedExtensions(IParseLocation location) {
            add("json.invalid-value", location, "an extension has both a value and nested extensions");
        }
    }
}
