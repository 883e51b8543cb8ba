#!/usr/bin/python3
"""Turns the pod template of a Kubernetes Job manifest into the Pods podman kube play can run: one Pod per
completion index (JOB_COMPLETION_INDEX set as Kubernetes sets it for an Indexed Job), everything else of the
template as written (args, env, volumes, working directory, security context, resources), but for the image
(the locally built one) and the PersistentVolumeClaims (a hostPath folder, as podman has no such volume).

usage: kube-pods.py JOB_YAML IMAGE DATA_DIR OUT_DIR   prints the Pod files it wrote, one a line
"""
import copy
import os
import sys

import yaml


def main():
    manifest, image, data, out = sys.argv[1:5]
    with open(manifest, encoding="utf-8") as f:
        job = next(d for d in yaml.safe_load_all(f) if d and d.get("kind") == "Job")
    spec = job["spec"]
    template = spec["template"]
    indexed = spec.get("completionMode") == "Indexed"
    for k in range(spec.get("completions", 1) if indexed else 1):
        pod_spec = copy.deepcopy(template["spec"])
        for container in pod_spec["containers"]:
            container["image"] = image
            if indexed:
                container.setdefault("env", []).append({"name": "JOB_COMPLETION_INDEX", "value": str(k)})
        for volume in pod_spec.get("volumes", []):
            if "persistentVolumeClaim" in volume:
                del volume["persistentVolumeClaim"]
                volume["hostPath"] = {"path": os.path.abspath(data), "type": "Directory"}
        name = job["metadata"]["name"] + ("-%d" % k if indexed else "")
        pod = {"apiVersion": "v1", "kind": "Pod",
               "metadata": {"name": name, "labels": dict(template.get("metadata", {}).get("labels", {}))},
               "spec": pod_spec}
        path = os.path.join(out, name + ".yaml")
        with open(path, "w", encoding="utf-8") as f:
            yaml.safe_dump(pod, f, sort_keys=False)
        print(path)


if __name__ == "__main__":
    main()
