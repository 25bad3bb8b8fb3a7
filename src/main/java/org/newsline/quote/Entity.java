package org.newsline.quote;

import java.util.List;
import org.newsline.platform.LocalizedText;
import org.newsline.quote.Cues.Gender;

/**
 * A person, place or organisation in the registry.
 *
 * @param id database id
 * @param kind person, place or organisation
 * @param slug address segment of its public page
 * @param name its name in each language
 * @param gender for people, when known; used to resolve "she" and "он"
 * @param titles title words it is known by ("minister", "министр", "nazir"), lower case
 * @param aliases every spelling it is known by, in any script
 */
public record Entity(
        long id,
        String kind,
        String slug,
        LocalizedText name,
        Gender gender,
        List<String> titles,
        List<String> aliases) {

    public boolean isPerson() {
        return "person".equals(kind);
    }
}
