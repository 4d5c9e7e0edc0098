"""Reading a .smap file: all of the spec's rules, one clear error, never a half-read map."""

from __future__ import annotations

import errno
import os
import stat

from ..model import FORMAT, VERSION, SalesMap
from .decode import MAX_FILE_BYTES, decode_text, parse_json
from .errors import SmapError, json_path
from .migrations import KeyNotInVersion, migrate
from .references import check_references
from .schema import ItemsRead, validate_parts


def load(path: str | os.PathLike) -> SalesMap:
    name = str(path)
    # one expression: the file's bytes are let go once decoded, and `_read` lets go of the text
    return _read(_text(_file_bytes(path, name), name), name)


def loads(raw: bytes | str, name: str = "<map>") -> SalesMap:
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    return _read(_text(raw, name), name)


def _file_bytes(path: str | os.PathLike, name: str) -> bytes:
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), name)
        if not stat.S_ISREG(info.st_mode):  # a pipe or device could block or never end
            raise SmapError(name, "", "not a regular file; a sales map is a .smap file")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise SmapError(name, "", f"the file is {size / 2**20:.1f} MiB; a .smap file may be at most 32 MiB")
        with open(path, "rb") as handle:  # read at most the limit: a device or growing file may never end
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise SmapError(name, "", f"cannot read the file ({err.strerror or err})") from None


def _text(raw: bytes, name: str) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise SmapError(name, "", "the data is over 32 MiB; a .smap file may be at most 32 MiB")
    return decode_text(raw, name)


def _read(text: str, name: str) -> SalesMap:
    read = ItemsRead(name, VERSION)
    data = parse_json(text, name, read.check)
    del text  # up to 32 MiB (128 MiB of non-Latin text) that building the map does not need
    current = _check_envelope(data, name)["version"] == VERSION
    try:
        data = migrate(data)
    except KeyNotInVersion as err:
        loc, key, version = err.args
        raise SmapError(name, json_path(loc), f"unknown key {key!r} (a version {version} file has no {key!r})") from None
    parts = validate_parts(data, name, read if current else None, counted_in_all=True)
    del data, read  # the validated entities are in `parts`
    check_references(parts, name)
    return SalesMap.from_parts(**parts)


def _check_envelope(data, name: str) -> dict:
    if not isinstance(data, dict):
        raise SmapError(name, json_path(()), f"not a sales map: the file holds a JSON {_json_kind(data)}, not an object")
    if data.get("format") != FORMAT:
        raise SmapError(name, "format", f'not a sales map: "format" must be "{FORMAT}"')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SmapError(name, "version", "the format version must be a whole number from 1")
    if version > VERSION:
        raise SmapError(
            name, "version", f"made by a newer version of SalesMap Studio (file version {version}, this program reads up to {VERSION})"
        )
    return data


def _json_kind(data) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(data), "number")
