package org.steward.workspace.internal;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.KeyPasswordProvider;

/**
 * Hands JGit the stored passphrase of the SSH key, once: a wrong passphrase is not retried (it would be the same), it is
 * recorded so that the error can say so. Never asks anybody, never logs the passphrase.
 */
final class KeyPassphrase implements KeyPasswordProvider {

    /** What went wrong when the key was read. */
    enum Problem {
        /** The key is encrypted but no passphrase is stored. */
        MISSING,
        /** The stored passphrase does not decrypt the key (or the key file is damaged). */
        WRONG
    }

    private final char[] passphrase;
    private final AtomicReference<Problem> problem = new AtomicReference<>();

    KeyPassphrase(char[] passphrase) {
        this.passphrase = passphrase;
    }

    Optional<Problem> problem() {
        return Optional.ofNullable(problem.get());
    }

    @Override
    public char[] getPassphrase(URIish uri, int attempt) {
        if (passphrase.length == 0) {
            problem.set(Problem.MISSING);
            return null; // JGit: no passphrase, the key is skipped
        }
        return passphrase.clone();
    }

    @Override
    public void setAttempts(int maxNumberOfAttempts) {
        // one attempt only: the passphrase comes from storage, not from a person who may have mistyped it
    }

    @Override
    public int getAttempts() {
        return 1;
    }

    @Override
    public boolean keyLoaded(URIish uri, int attempt, Exception error) {
        if (error != null && passphrase.length > 0) {
            problem.set(Problem.WRONG);
        }
        return false; // never try again
    }

    /** Clears the passphrase once the operation is over. */
    void clear() {
        java.util.Arrays.fill(passphrase, '\0');
    }
}
