package org.steward.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.steward.store.internal.MigrationScript;

class MigrationScriptTest {

    @Test
    void checksumIsSha256OfTheTextWithLineEndsNormalised() {
        // Expected value computed outside Java:
        //   printf 'CREATE TABLE T (A INT);\nINSERT INTO T VALUES (1);' | sha256sum
        String expected = "ad221eaabd482ebc84ffc3e2e37aa71d5ecbec92b6e938e249afd9f89fdef482";
        assertEquals(expected, MigrationScript.of("s", "V1__t.sql", "CREATE TABLE T (A INT);\nINSERT INTO T VALUES (1);", "x").checksum());
        assertEquals(expected, MigrationScript.of("s", "V1__t.sql", "CREATE TABLE T (A INT);\r\nINSERT INTO T VALUES (1);\r\n", "x").checksum());
    }

    @Test
    void statementsAreSplitAtLineEndSemicolonsAndCommentsDropped() {
        MigrationScript s = MigrationScript.of("s", "V12__two_tables.sql",
                "-- first\nCREATE TABLE A (\n  X VARCHAR(10) DEFAULT 'a;b'\n);\n\nCREATE TABLE B (Y INT);\nINSERT INTO B VALUES (1)", "x");
        assertEquals(12, s.version());
        assertEquals("two tables", s.description());
        assertEquals(List.of("CREATE TABLE A (\n  X VARCHAR(10) DEFAULT 'a;b'\n)", "CREATE TABLE B (Y INT)", "INSERT INTO B VALUES (1)"),
                s.statements());
    }

    @Test
    void badFileNamesAreRefusedWithThePattern() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MigrationScript.of("s", "create.sql", "", "bundle b, db/create.sql"));
        assertTrue(e.getMessage().startsWith("bundle b, db/create.sql: migration file names must look like V1__create_tables.sql"),
                e.getMessage());
    }
}
