package com.articlefacts.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;

/** The lexicons and knowledge base the stages read from the classpath, and the hash that versions them. */
final class DataFiles {

    private DataFiles() {
    }

    static byte[] read(String resource) {
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String sha256(byte[]... contents) {
        MessageDigest digest = DigestUtils.getSha256Digest();
        for (byte[] content : contents) {
            digest.update(content);
        }
        return Hex.encodeHexString(digest.digest());
    }
}
