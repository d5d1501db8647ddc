package vn.newsroom.vietnamese.plugin;

import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import vn.newsroom.vietnamese.lucene.VietnameseInputMethodFilter;
import vn.newsroom.vietnamese.text.InputMethod;

/**
 * {@code vi_input_method}: adds the syllable a Telex or VNI leftover stands for; setting
 * {@code input_methods}. Meant for a search analyzer. Prefix, wildcard and fuzzy terms are left
 * as typed: such a term must stay one term.
 */
@NamedComponent("vi_input_method")
public final class InputMethodFilterFactory implements TokenFilterFactory {

    private final Set<InputMethod> methods;

    @Inject
    public InputMethodFilterFactory(InputMethodSettings settings) {
        this.methods = SettingsValues.inputMethods(settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new VietnameseInputMethodFilter(tokenStream, methods);
    }
}
