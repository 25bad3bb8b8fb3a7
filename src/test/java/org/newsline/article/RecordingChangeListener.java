package org.newsline.article;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every change the follower delivers, for tests. */
public final class RecordingChangeListener implements ChangeListener {

    private final List<Change> received = new CopyOnWriteArrayList<>();

    @Override
    public String followerName() {
        return "test-recorder";
    }

    @Override
    public void onChanges(List<Change> changes) {
        received.addAll(changes);
    }

    public List<Change> received() {
        return List.copyOf(received);
    }
}
