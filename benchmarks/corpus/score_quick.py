"""Precision and recall of changeproof api on the independent corpus in cases/ (breaking and risk findings)."""
import json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from changeproof.api import compare_dirs
tp=fp=fn=0; fa=0; rows=[]
for d in sorted((Path(__file__).resolve().parent / "cases").iterdir()):
    e = d/"expected.json"
    if not e.exists() or not (d/"old").exists(): continue
    exp = json.loads(e.read_text())
    want = {(f["kind"], f["object"], f.get("parameter")) for f in exp.get("breaking", []) + exp.get("risk", [])}
    got_f = [f for f in compare_dirs(d/"old", d/"new") if f.severity in ("breaking","risk")]
    got = {(f.kind, f.object, f.parameter) for f in got_f}
    tp += len(want & got); fp += len(got - want); fn += len(want - got)
    if exp.get("compatible_only") and got: fa += 1
    if want != got:
        print("==", d.name)
        for x in sorted(want-got): print("   missing", x)
        for x in sorted(got-want): print("   extra  ", x, [f.message[:120] for f in got_f if (f.kind,f.object,f.parameter)==x][0])
print(f"tp={tp} fp={fp} fn={fn} precision={tp/max(1,tp+fp):.3f} recall={tp/max(1,tp+fn):.3f} false-alarm cases={fa}")
