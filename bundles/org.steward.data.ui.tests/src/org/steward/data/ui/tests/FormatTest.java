package org.steward.data.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.steward.data.ui.internal.store.ServerStartHandler;
import org.steward.data.ui.internal.store.StoreStatusFormat;

/** Plain checks of the small pieces the dialogs and the status line use. */
class FormatTest {

    @Test
    void sizesAreShownIn1024Units() {
        // hand computed: 1536 = 1.5 × 1024; 5 × 1024² = 5,242,880; 1023 stays in bytes
        assertEquals("1023 B", StoreStatusFormat.size(1023));
        assertEquals("1.5 KB", StoreStatusFormat.size(1536));
        assertEquals("5.0 MB", StoreStatusFormat.size(5_242_880));
    }

    @Test
    void portInputAcceptsOnlyPortNumbers() {
        assertNull(ServerStartHandler.checkPort("1527"));
        assertNull(ServerStartHandler.checkPort(" 0 "));
        assertNotNull(ServerStartHandler.checkPort("65536"));
        assertNotNull(ServerStartHandler.checkPort("-1"));
        assertNotNull(ServerStartHandler.checkPort("derby"));
    }
}
