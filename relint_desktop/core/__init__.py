"""Pure-Python heart of Relint: scenario model, loader, run state, engine, evaluator. Never imports Qt, pyttsx3 or sqlite."""
