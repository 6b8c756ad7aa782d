/** Field encryption (AES-256-GCM) and the node's key providers (API version 1.0.0). */
package org.steward.workspace.crypto;
