package vn.newsroom.seeds;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import vn.newsroom.article.Article;
import vn.newsroom.article.ArticleRepository;
import vn.newsroom.documents.ArticleAssembler;
import vn.newsroom.index.InitialArticles;

/** Indexes the seed folder; ids are file names, so loading it again replaces rather than duplicates. */
@ApplicationScoped
public class SeedLoader implements InitialArticles {

    static final String SOURCE = "seed";
    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final SeedsConfig config;
    private final ArticleAssembler assembler;
    private final ArticleRepository repository;

    SeedLoader(SeedsConfig config, ArticleAssembler assembler, ArticleRepository repository) {
        this.config = config;
        this.assembler = assembler;
        this.repository = repository;
    }

    @Override
    public int loadInto(String index) throws IOException {
        Path folder = config.directory().toAbsolutePath();
        if (!config.enabled()) {
            return 0;
        }
        if (!Files.isDirectory(folder)) {
            LOG.warnf("Seed folder %s does not exist; no seed articles indexed", folder);
            return 0;
        }
        List<Article> articles = new ArrayList<>();
        for (Path file : seedFiles(folder)) {
            String fileName = file.getFileName().toString();
            String id = fileName.substring(0, fileName.length() - ".txt".length());
            articles.add(assembler.fromRawText(id, Files.readString(file), SOURCE, fileName));
        }
        if (articles.isEmpty()) {
            return 0;
        }
        var response = repository.saveAll(index, articles);
        if (response.errors()) {
            throw new IllegalStateException("Some seed articles were rejected: " + response.items().stream()
                    .filter(item -> item.error() != null).map(item -> item.id() + ": " + item.error().reason()).toList());
        }
        repository.refresh(index);
        LOG.infof("Indexed %d seed articles from %s into %s", articles.size(), folder, index);
        return articles.size();
    }

    private static List<Path> seedFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }
}
