/** Git-versioned workspace of record files with encrypted sensitive fields (API version 1.1.0: Workspace.textAt). */
package org.steward.workspace;
