globalThis.__BUILD_MANIFEST = {
  "pages": {
    "/_app": []
  },
  "devFiles": [],
  "polyfillFiles": [
    "static/chunks/0cz1d0mv5g_q7.js"
  ],
  "lowPriorityFiles": [
    "static/pZqKfOESplRlUN440dwBj/_buildManifest.js",
    "static/pZqKfOESplRlUN440dwBj/_ssgManifest.js",
    "static/pZqKfOESplRlUN440dwBj/_clientMiddlewareManifest.js"
  ],
  "rootMainFiles": [
    "static/chunks/310vm2bl3xxpt.js",
    "static/chunks/1wnov70f88xjy.js",
    "static/chunks/39_j1bdzreq0m.js",
    "static/chunks/0c1ad7rcpjghx.js",
    "static/chunks/turbopack-2u1d16houkiyo.js"
  ],
  "rootMainFilesTree": {},
  "pagesChunkGroupBootstrapParams": {
    "/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/0c1ad7rcpjghx.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_not-found/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/0c1ad7rcpjghx.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_global-error/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/0c1ad7rcpjghx.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/events/[event]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/0c1ad7rcpjghx.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/events/[event]/sessions/[session]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/0c1ad7rcpjghx.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/search/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/0c1ad7rcpjghx.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/speakers/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/0c1ad7rcpjghx.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/speakers/[speaker]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/0c1ad7rcpjghx.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/topics/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/0c1ad7rcpjghx.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/topics/[topic]/page": {
      "otherChunks": [
        "static/chunks/310vm2bl3xxpt.js",
        "static/chunks/1wnov70f88xjy.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/0c1ad7rcpjghx.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    }
  },
  "chunkLoadingGlobal": "TURBOPACK"
};
