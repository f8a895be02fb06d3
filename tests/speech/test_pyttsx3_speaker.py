"""The real pyttsx3 engine (espeak-ng) writing real WAV files: sound, voices, moods, cache, threads."""

import threading

from relint_desktop.core.model import Voice
from relint_desktop.speech.speaker import MAX_CHARS
from relint_desktop.speech.voices import settings_for

LINE = "I have not told anyone this before, and it is hard to say it out loud."
WAIT = 30  # seconds; a line takes ~10 ms, so this only matters when something is broken


def test_a_line_becomes_a_real_non_silent_wav(speaker, wav_stats):
    clip = speaker.synthesise(LINE, Voice(gender="female"), "neutral", key="sam").result(WAIT)
    assert clip.path is not None and clip.path.parent == speaker.cache.folder
    stats = wav_stats(clip.path)
    assert stats.riff
    assert stats.duration > 0.3 and abs(stats.duration - clip.duration) < 0.01
    assert stats.rms > 0.02 and stats.peak > 0.2  # speech, not silence or a faint hiss


def test_two_characters_get_different_voices_and_different_audio(speaker, wav_stats):
    sam = speaker.voice_settings(Voice(gender="female"), key="sam")
    jo = speaker.voice_settings(Voice(gender="female"), key="jo")
    assert sam.voice_id != jo.voice_id
    a = speaker.synthesise(LINE, Voice(gender="female"), key="sam").result(WAIT)
    b = speaker.synthesise(LINE, Voice(gender="female"), key="jo").result(WAIT)
    assert a.path != b.path and a.path.read_bytes() != b.path.read_bytes()


def test_mood_is_heard_sad_is_slower_and_softer_than_anxious(speaker, wav_stats):
    sad = wav_stats(speaker.synthesise(LINE, Voice(), "sad", key="x").result(WAIT).path)
    anxious = wav_stats(speaker.synthesise(LINE, Voice(), "anxious", key="x").result(WAIT).path)
    assert sad.duration > anxious.duration * 1.15
    assert sad.rms < anxious.rms


def test_volume_hint_makes_the_audio_quieter(speaker, wav_stats):
    loud = wav_stats(speaker.synthesise(LINE, Voice(volume=1.0), key="x").result(WAIT).path)
    quiet = wav_stats(speaker.synthesise(LINE, Voice(volume=0.3), key="x").result(WAIT).path)
    assert quiet.rms < loud.rms * 0.5


def test_the_cache_reuses_the_file_without_synthesising_again(speaker):
    first = speaker.synthesise(LINE, Voice(), "hurt", key="x").result(WAIT)
    stamp = first.path.stat().st_mtime_ns
    files = sorted(speaker.cache.folder.iterdir())
    again = speaker.synthesise(LINE, Voice(), "hurt", key="x").result(WAIT)
    assert not first.cached and again.cached
    assert again.path == first.path and again.path.stat().st_mtime_ns == stamp
    assert sorted(speaker.cache.folder.iterdir()) == files  # no partial files left, nothing new
    other = speaker.synthesise(LINE, Voice(), "warm", key="x").result(WAIT)
    assert other.path != first.path and not other.cached


def test_a_new_speaker_on_the_same_folder_finds_the_cached_line(speaker, tmp_path):
    from relint_desktop.speech import create_speaker

    first = speaker.synthesise(LINE, Voice(), key="x").result(WAIT)
    later = create_speaker(cache_dir=speaker.cache.folder)
    again = later.synthesise(LINE, Voice(), key="x").result(WAIT)
    assert again.cached and again.path == first.path


def test_concurrent_lines_from_many_threads_each_get_their_own_correct_file(speaker, tmp_path, wav_stats):
    """pyttsx3 2.99 runs only the last utterance queued per runAndWait and applies espeak rate
    changes late; either bug would leave lines missing, swapped or at the wrong speed here."""
    from relint_desktop.speech import create_speaker

    lines = [((f"Line {i}. " + "This matters to me. " * (1 + i % 4)).strip(), Voice(gender=("female", "male")[i % 2]),
              ("sad", "anxious", "neutral")[i % 3], f"c{i % 3}") for i in range(24)]
    # Reference durations, one line at a time on a speaker with its own cache.
    reference = create_speaker(cache_dir=tmp_path / "reference")
    expected = {}
    for text, voice, mood, key in lines:
        expected[text] = reference.synthesise(text, voice, mood, key).result(WAIT).duration

    futures, errors = {}, []

    def ask(chunk):
        try:
            for text, voice, mood, key in chunk:
                futures[text] = speaker.synthesise(text, voice, mood, key)
        except Exception as exc:  # recorded so the assertion below shows it
            errors.append(exc)

    threads = [threading.Thread(target=ask, args=(lines[i::6],)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(WAIT)
    assert errors == [] and len(futures) == len(lines)
    paths = set()
    for text, future in futures.items():
        clip = future.result(WAIT)
        assert clip.text == text
        stats = wav_stats(clip.path)
        assert stats.riff and stats.rms > 0.02
        assert abs(stats.duration - expected[text]) < 0.1 * expected[text], text
        paths.add(clip.path)
    assert len(paths) == len(lines)


def test_odd_text_never_crashes(speaker):
    for text in ["", "   ", "...", "?", "🙂", "a\x00b\x01c", "<speak>hi</speak>", "Ünïcödé façade", "word " * 3000]:
        clip = speaker.synthesise(text, Voice(), "neutral", key="odd").result(WAIT)
        assert clip.path is None or clip.duration > 0
    long_clip = speaker.synthesise("word " * 3000, Voice(), key="odd").result(WAIT)
    assert len(long_clip.text) <= MAX_CHARS


def test_settings_follow_the_hints_and_user_rate(speaker):
    hint = Voice(gender="male", rate=1.1)
    s = speaker.voice_settings(hint, "angry", key="dad", rate=1.5)
    assert s == settings_for(s.voice_id, hint, "angry", 1.5)
    assert "+m" in s.voice_id


def test_pruning_keeps_the_newest_files_and_clears_stale_partial_ones(tmp_path):
    import os
    import time

    from relint_desktop.speech.cache import AudioCache

    cache = AudioCache(tmp_path / "prune")
    folder = cache.folder
    folder.mkdir(parents=True)
    now = time.time()
    for i in range(5):
        path = folder / f"{i:032d}.wav"
        path.write_bytes(b"x" * 64)
        os.utime(path, (now - 100 + i, now - 100 + i))
    stale = folder / "k.part-1-1.wav"
    stale.write_bytes(b"x")
    os.utime(stale, (now - 7200, now - 7200))
    fresh = folder / "k.part-1-2.wav"  # another Relint may be writing this one right now
    fresh.write_bytes(b"x")
    assert cache.prune(keep=2) == 4
    assert sorted(p.name for p in folder.iterdir()) == [f"{3:032d}.wav", f"{4:032d}.wav", "k.part-1-2.wav"]
