package io.onboard.jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals webhook signing secrets for storage under the server's key (AES-256-GCM, a random nonce per secret, the
 * subscription's id as associated data so a sealed secret cannot be moved to another row). A database copy without
 * the key holds nothing a delivery can be signed with. The key is 32 random bytes, Base64, in a file of its own.
 */
public final class SecretSeal {
    private static final String FORMAT = "v1:";
    private static final int NONCE = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    private SecretSeal(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a secret key is 32 bytes (Base64, 44 characters), not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The key in {@code file}; on first start, a new key written there, readable by the owner only. */
    public static SecretSeal loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return new SecretSeal(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot use the secret key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A key given as Base64 text (from a secret store, say). */
    public static SecretSeal of(String base64Key) {
        return new SecretSeal(Base64.getDecoder().decode(base64Key.strip()));
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
    }

    String seal(String secret, String owner) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, owner);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return FORMAT + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing a secret failed: " + e.getMessage(), e);
        }
    }

    String open(String sealed, String owner) {
        if (!sealed.startsWith(FORMAT)) {
            throw new IllegalStateException("a stored secret of " + owner + " is not sealed in a known format");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(in, NONCE), owner);
            return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the secret of " + owner + " cannot be opened with this server's key;"
                    + " was the database moved without its key file?", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String owner) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(128, nonce));
        cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
