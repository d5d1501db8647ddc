package vn.newsroom.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import vn.newsroom.bench.relevance.CorpusArticle;

/**
 * Articles made from the sentences of the seed articles when no corpus is given: shuffled so that every article
 * differs, seeded so that every run gets the same ones. Five seeds make a small vocabulary, so the figures say more
 * about the service's overhead than about a real index; use a corpus for those.
 */
final class SeedArticles {

    private SeedArticles() {
    }

    static List<CorpusArticle> generate(Path seeds, int count, long seed) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String sentence : Files.readString(file, StandardCharsets.UTF_8).split("(?<=[.!?])\\s+")) {
                    // photo captions and credits would make articles that the service rightly refuses
                    if (sentence.strip().length() > 40 && !sentence.contains("Ảnh")) {
                        sentences.add(sentence.strip());
                    }
                }
            }
        }
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("no sentences in " + seeds);
        }
        Random random = new Random(seed);
        List<CorpusArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String[] words = sentences.get(random.nextInt(sentences.size())).split("\\s+");
            String headline = String.join(" ", List.of(words).subList(0, Math.min(words.length, 12)));
            StringBuilder body = new StringBuilder();
            for (int n = 8 + random.nextInt(12); n > 0; n--) {
                body.append(sentences.get(random.nextInt(sentences.size()))).append(n % 4 == 0 ? "\n\n" : " ");
            }
            articles.add(new CorpusArticle(headline + " (" + i + ")", body.toString().strip()));
        }
        return articles;
    }
}
