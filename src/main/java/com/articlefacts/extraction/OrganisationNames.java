package com.articlefacts.extraction;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.jspecify.annotations.Nullable;

/**
 * The names, as Wikipedia's links write them, whose likeliest title is an organisation ({@code
 * kb/organisations.tsv.gz}, generated from CoreNLP's WikiDict by {@code tools/organisation-names}; its NOTICE says
 * how a title is taken for one): 302,000 forms of clubs, companies, broadcasters, parties, agencies and armed groups.
 * Read on first use, so a process with nothing to extract never pays for it.
 */
final class OrganisationNames {

    static final String RESOURCE = "kb/organisations.tsv.gz";

    private final byte[] packed;
    private volatile @Nullable Set<String> forms;

    OrganisationNames(byte[] packed) {
        this.packed = packed;
    }

    static OrganisationNames load() {
        return new OrganisationNames(DataFiles.read(RESOURCE));
    }

    byte[] bytes() {
        return packed.clone();
    }

    /** Whether these exact words (in this case) most likely name an organisation. */
    boolean contains(String name) {
        return forms().contains(name);
    }

    private Set<String> forms() {
        Set<String> read = forms;
        if (read == null) {
            synchronized (this) {
                read = forms;
                if (read == null) {
                    read = read(packed);
                    forms = read;
                }
            }
        }
        return read;
    }

    private static Set<String> read(byte[] packed) {
        Set<String> forms = new HashSet<>(1 << 19);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(packed)), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0 && !line.startsWith("#")) {
                    forms.add(line.substring(0, tab));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Set.copyOf(forms);
    }
}
