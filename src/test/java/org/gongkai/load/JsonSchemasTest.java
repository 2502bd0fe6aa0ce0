package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {

    /** The schemas shipped in content/.schema are the ones the code generates: regenerate with `gongkai new`. */
    @Test
    void theShippedSchemasAreCurrent() throws IOException {
        for (Map.Entry<String, String> schema : JsonSchemas.all().entrySet()) {
            Path shipped = Path.of("content/.schema").resolve(schema.getKey());
            assertEquals(schema.getValue(), Files.readString(shipped), shipped + " is out of date");
        }
    }

    @Test
    void schemasFollowTheLoadersKeysRequiredFieldsAndEnums() throws IOException {
        JsonNode accounts = new ObjectMapper().readTree(JsonSchemas.all().get("final-accounts.schema.json"));
        assertEquals("final-accounts", accounts.at("/properties/kind/const").asText());
        assertTrue(accounts.at("/properties/money-unit/enum").toString().contains("万元"));
        assertTrue(accounts.at("/required").toString().contains("\"income\""));
        assertEquals(false, accounts.at("/additionalProperties").asBoolean());
        assertTrue(accounts.at("/definitions/Income/properties/general-budget").isObject());
        assertEquals("#/definitions/Subject", accounts.at("/definitions/Subject/properties/items/items/$ref").asText(),
                "recursive 科目 tree");
        JsonNode evaluation = new ObjectMapper().readTree(JsonSchemas.all().get("project-evaluation.schema.json"));
        assertTrue(evaluation.at("/properties/header").isObject(), "header fields under their YAML key");
        assertEquals(List.of("number", "nature", "initial-target", "target", "unit", "actual", "weight", "coefficient",
                "standard", "score", "review-score", "core", "reason", "note"),
                new ObjectMapper().convertValue(evaluation.at("/properties/columns/propertyNames/enum"), List.class));
        assertTrue(evaluation.at("/definitions/ScoringRule/properties/type/enum").toString().contains("bands"));
        assertEquals("#/definitions/IndicatorGroup",
                evaluation.at("/definitions/IndicatorGroup/properties/subgroups/items/$ref").asText(), "groups of any depth");
        assertEquals("boolean", evaluation.at("/definitions/Indicator/properties/applicable/type").asText());
        assertEquals("#/definitions/TableEntry", accounts.at("/properties/tables/items/$ref").asText());
        assertEquals("string", accounts.at("/definitions/TableEntry/properties/header/items/items/oneOf/0/type").asText(),
                "a header cell is written as its text or as { text, cols, rows }");
        assertTrue(accounts.at("/definitions/TableColumn/properties/type/enum").toString().contains("amount"));
        assertEquals("#/definitions/Part", accounts.at("/definitions/Part/properties/parts/items/$ref").asText(),
                "nested parts");
    }
}
