/** Git-versioned workspace of record files with encrypted sensitive fields (API version 1.0.0). */
package org.steward.workspace;
