#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates every JSON sample the kiosk and server tests wrote against server/openapi.yaml.

An independent check of the contract: the schemas are read with PyYAML and applied by
python3-jsonschema (Debian), not by the code under test. A sample is a file
{"source": TEST, "schema": "#/components/schemas/NAME", "body": ...} or
{"source": TEST, "method": "GET", "path": "/v1/...", "status": 200, "body": ...}.

It fails on any mismatch, on no samples at all, on an outbox kind or change entity that no
sample shows, and on a check that cannot fail: for every sample, deleting any required field
(at any depth) or renaming visitorKey to idHash must make validation fail.

--profile console checks the coordinators' console (server/console/openapi.yaml) the same way,
without what only the stations' API has: outbox kinds, change entities, visitorKey.
"""
import argparse
import copy
import datetime
import json
import os
import re
import sys
import uuid

import jsonschema
import yaml


def openapi_to_jsonschema(node):
    """OpenAPI 3.0 `nullable: true` becomes "null or the schema"; everything else is kept."""
    if isinstance(node, list):
        return [openapi_to_jsonschema(n) for n in node]
    if not isinstance(node, dict):
        return node
    converted = {k: openapi_to_jsonschema(v) for k, v in node.items()}
    if converted.pop("nullable", False) is True:
        return {"anyOf": [{"type": "null"}, converted]}
    return converted


def format_checker():
    checker = jsonschema.FormatChecker(formats=())
    rfc3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")

    @checker.checks("date-time", raises=ValueError)
    def is_date_time(value):
        if not isinstance(value, str):
            return True
        if not rfc3339.match(value):
            raise ValueError("not an RFC 3339 date-time")
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        return True

    @checker.checks("date", raises=ValueError)
    def is_date(value):
        if not isinstance(value, str):
            return True
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            raise ValueError("not yyyy-MM-dd")
        datetime.date.fromisoformat(value)
        return True

    @checker.checks("uuid", raises=ValueError)
    def is_uuid(value):
        if not isinstance(value, str):
            return True
        if len(value) != 36:
            raise ValueError("not a UUID")
        uuid.UUID(value)
        return True

    return checker


def pointer_escape(part):
    return str(part).replace("~", "~0").replace("/", "~1")


class Contract:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.doc = openapi_to_jsonschema(yaml.safe_load(f))
        self.checker = format_checker()
        self._validators = {}

    def resolve(self, ref):
        node = self.doc
        for part in ref.lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def validator(self, pointer):
        if pointer not in self._validators:
            schema = dict(self.doc)
            schema["$ref"] = pointer
            self._validators[pointer] = jsonschema.Draft7Validator(schema, format_checker=self.checker)
        return self._validators[pointer]

    def errors(self, pointer, body):
        return sorted(self.validator(pointer).iter_errors(body), key=lambda e: list(e.absolute_path))

    def response_pointer(self, method, path, status):
        """The pointer of the documented response body schema, or an explanation."""
        pointer, problem, _ = self.response_route(method, path, status)
        return pointer, problem

    def response_route(self, method, path, status):
        """As response_pointer(), and the path template that matched (None when none did).
        A path without templating wins over one with it (OpenAPI 3.0: /services/closed-days
        is not /services/{id})."""
        paths = self.doc.get("paths", {})
        for template in sorted(paths, key=lambda t: t.count("{")):
            item = paths[template]
            pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$"
            if not re.match(pattern, path):
                continue
            operation = item.get(method.lower())
            if operation is None:
                return None, "%s %s is not documented" % (method, template), template
            responses = operation.get("responses", {})
            if str(status) not in responses:
                return None, "%s %s does not document status %s" % (method, template, status), template
            base = "#/paths/%s/%s/responses/%s" % (pointer_escape(template), method.lower(), status)
            response = responses[str(status)]
            if "$ref" in response:
                base = response["$ref"]
                response = self.resolve(base)
            if "application/json" not in response.get("content", {}):
                return None, "%s %s %s documents no JSON body" % (method, template, status), template
            return base + "/content/application~1json/schema", None, template
        return None, "no documented path matches %s" % path, None

    def required_paths(self, schema, instance, path=()):
        """Every (path) of a field the schema requires and the instance has, at any depth."""
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.resolve(schema["$ref"])
        if not isinstance(schema, dict):
            return
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                for branch in schema[keyword]:
                    if jsonschema.Draft7Validator(self._branch(branch), format_checker=self.checker).is_valid(instance):
                        yield from self.required_paths(branch, instance, path)
                        break
        for branch in schema.get("allOf", []):
            yield from self.required_paths(branch, instance, path)
        if isinstance(instance, dict):
            for name in schema.get("required", []):
                if name in instance:
                    yield path + (name,)
            for name, sub in schema.get("properties", {}).items():
                if name in instance:
                    yield from self.required_paths(sub, instance[name], path + (name,))
        if isinstance(instance, list) and isinstance(schema.get("items"), dict):
            for i, element in enumerate(instance):
                yield from self.required_paths(schema["items"], element, path + (i,))

    def closed_empty(self, pointer):
        """Whether the schema is an object that may hold no field at all."""
        schema = self.resolve(pointer)
        while isinstance(schema, dict) and "$ref" in schema:
            schema = self.resolve(schema["$ref"])
        return (isinstance(schema, dict) and schema.get("type") == "object" and not schema.get("properties")
                and (schema.get("additionalProperties") is False or schema.get("maxProperties") == 0))

    def _branch(self, branch):
        schema = dict(self.doc)
        schema.update(branch)
        return schema


def explain(error):
    """The errors that say what is wrong: inside a oneOf/anyOf, those of the branch the body was
    meant for (the one whose kind, entity or direction matches), not of every branch."""
    if not error.context:
        return [error]
    branches = {}
    for e in error.context:
        branches.setdefault(e.schema_path[0], []).append(e)

    def discriminated_away(errors):
        # The body's discriminating field (kind, entity, direction, found...) is not this branch's.
        return any(e.validator == "enum" and len(e.relative_path) <= len(error.relative_path) + 1
                   and len(e.relative_path) >= 1 and e.relative_path[-1] in ("kind", "entity", "direction", "found")
                   for e in errors)

    meant = [b for b in branches.values() if not discriminated_away(b)] or list(branches.values())
    chosen = min(meant, key=len)
    return [leaf for e in chosen for leaf in explain(e)]


def without(body, path):
    mutated = copy.deepcopy(body)
    node = mutated
    for part in path[:-1]:
        node = node[part]
    del node[path[-1]]
    return mutated


def renamed(body, old, new):
    """The body with every `old` key renamed to `new`; None when there is none."""
    found = False

    def walk(node):
        nonlocal found
        if isinstance(node, dict):
            out = {}
            for k, v in node.items():
                if k == old:
                    found = True
                    k = new
                out[k] = walk(v)
            return out
        if isinstance(node, list):
            return [walk(n) for n in node]
        return node

    result = walk(body)
    return result if found else None


def json_answer_200(operation):
    """Whether the operation documents a JSON body for 200 (not only CSV or PDF)."""
    response = operation.get("responses", {}).get("200", {})
    return "application/json" in response.get("content", {}) or "$ref" in response


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--openapi", required=True)
    parser.add_argument("--samples", required=True, help="the folder the tests wrote samples into")
    parser.add_argument("--max-mutations", type=int, default=400, help="per sample")
    parser.add_argument("--profile", choices=("v1", "console"), default="v1",
                        help="console: the coordinators' console API (no outbox, change feed or visitorKey checks)")
    args = parser.parse_args()
    stations_api = args.profile == "v1"
    # The plain error of a route the description does not have.
    undocumented_error = "#/components/schemas/Error" if stations_api else "#/components/schemas/ConsoleError"

    contract = Contract(args.openapi)
    files = sorted(f for f in os.listdir(args.samples) if f.endswith(".json")) if os.path.isdir(args.samples) else []
    failures = []
    kinds_seen, entities_seen, sources, routes_seen = set(), set(), {}, set()
    mutations_checked = 0
    for name in files:
        with open(os.path.join(args.samples, name), encoding="utf-8") as f:
            sample = json.load(f)
        body = sample["body"]
        source = sample.get("source", "?")
        sources[source] = sources.get(source, 0) + 1
        if "schema" in sample:
            pointer, what = sample["schema"], sample["schema"].split("/")[-1]
        else:
            pointer, problem, template = contract.response_route(sample["method"], sample["path"], sample["status"])
            what = "%s %s %s" % (sample["method"], sample["path"], sample["status"])
            if pointer is None and sample["status"] in (404, 405):
                # A route the description does not have: the server's plain error, nothing else.
                pointer = undocumented_error
            elif pointer is None:
                failures.append("%s (%s): %s" % (name, source, problem))
                continue
            if stations_api:
                routes_seen.add((sample["method"], re.sub(r"/[0-9a-f-]{36}(?=/|$)", "/{id}", sample["path"]), sample["status"]))
            else:
                # The console's ids are not all UUIDs: the template that matched names the route.
                routes_seen.add((sample["method"], template or sample["path"], sample["status"]))
        errors = contract.errors(pointer, body)
        if errors:
            errors = [leaf for e in errors for leaf in explain(e)]
            for e in errors[:5]:
                failures.append("%s (%s, %s): at %s: %s" % (name, source, what,
                                                            "/".join(str(p) for p in e.absolute_path) or "(top)",
                                                            e.message[:300]))
            continue
        # What the sample shows of the contract's coverage.
        if isinstance(body, dict):
            if isinstance(body.get("kind"), str) and "payload" in body:
                kinds_seen.add(body["kind"])
            for change in body.get("changes", []) if isinstance(body.get("changes"), list) else []:
                entities_seen.add(change.get("entity"))
            if "entity" in body and "seq" in body:
                entities_seen.add(body["entity"])
        # The check must be able to fail: every required field, and the person's key name.
        required = list(dict.fromkeys(contract.required_paths({"$ref": pointer}, body)))
        if not required and body == {} and contract.closed_empty(pointer):
            # An answer documented as exactly {}: the check fails when a field appears instead.
            mutations_checked += 1
            if contract.validator(pointer).is_valid({"unexpected": True}):
                failures.append("%s (%s, %s): still valid with a field added to {}" % (name, source, what))
        elif not required:
            failures.append("%s (%s, %s): no required field to delete, the check proves nothing" % (name, source, what))
        for path in required[: args.max_mutations]:
            mutations_checked += 1
            if contract.validator(pointer).is_valid(without(body, path)):
                failures.append("%s (%s, %s): still valid without %s" % (name, source, what,
                                                                         "/".join(str(p) for p in path)))
        wrong_name = renamed(body, "visitorKey", "idHash") if stations_api else None
        if wrong_name is not None:
            mutations_checked += 1
            if contract.validator(pointer).is_valid(wrong_name):
                failures.append("%s (%s, %s): still valid with idHash instead of visitorKey" % (name, source, what))

    if not files:
        failures.append("no samples in %s: the producing tests wrote none" % args.samples)
    if stations_api:
        mapping = contract.resolve("#/components/schemas/OutboxItem").get("discriminator", {}).get("mapping", {})
        for kind in sorted(set(mapping) - kinds_seen):
            failures.append("no sample of the outbox kind %s (the kiosk's store test writes every kind)" % kind)
        entities = set()
        for branch in contract.resolve("#/components/schemas/Change")["oneOf"]:
            entities.update(contract.resolve(branch["$ref"])["properties"]["entity"]["enum"])
        for entity in sorted(entities - entities_seen):
            failures.append("no change row of the entity %s (the server tests fetch every entity)" % entity)

    http_methods = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
    for template, item in contract.doc.get("paths", {}).items():
        for method in item:
            if method not in http_methods:
                continue  # a path's shared `parameters`, not an operation
            if not stations_api and not json_answer_200(item[method]):
                continue  # a CSV or PDF answer: the client keeps no sample of it
            if not any(m == method.upper() and p == template and st == 200 for m, p, st in routes_seen):
                failures.append("no sample of %s %s answering 200" % (method.upper(), template))

    print("%d samples from %s; %d mutations checked" % (len(files), ", ".join(
        "%s: %d" % (s, n) for s, n in sorted(sources.items())), mutations_checked))
    if stations_api:
        print("outbox kinds seen: %s" % ", ".join(sorted(kinds_seen)))
        print("change entities seen: %s" % ", ".join(sorted(e for e in entities_seen if e)))
    print("responses seen: %s" % ", ".join("%s %s %s" % r for r in sorted(routes_seen)))
    if failures:
        print("\n%d contract failures:" % len(failures))
        for f in failures[:200]:
            print("  " + f)
        return 1
    print("contract holds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
