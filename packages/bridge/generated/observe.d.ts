import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace observe {

    namespace v1 {

        enum ProtocolVersion {
            PROTOCOL_VERSION_UNSPECIFIED = 0,
            PROTOCOL_VERSION_CURRENT = 1
        }

        enum DType {
            DTYPE_UNSPECIFIED = 0,
            DTYPE_UINT8 = 1,
            DTYPE_INT32 = 2,
            DTYPE_FLOAT32 = 3
        }

        interface IFrame extends observe.v1.Frame.$Properties {
        }

        class Frame {
            constructor(p?: observe.v1.Frame.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            dtype: observe.v1.DType;
            shape: number[];
            static create(properties: observe.v1.Frame.$Shape): observe.v1.Frame & observe.v1.Frame.$Shape;
            static create(properties?: observe.v1.Frame.$Properties): observe.v1.Frame;
            static encode(m: observe.v1.Frame.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.Frame & observe.v1.Frame.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.Frame;
            static toObject(m: observe.v1.Frame, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {
            interface $Properties {
                name?: (string|null);
                dtype?: (observe.v1.DType|null);
                shape?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.Frame.$Properties;
        }

        interface IError extends observe.v1.Error.$Properties {
        }

        class Error {
            constructor(p?: observe.v1.Error.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            message: string;
            traceback: string;
            static create(properties: observe.v1.Error.$Shape): observe.v1.Error & observe.v1.Error.$Shape;
            static create(properties?: observe.v1.Error.$Properties): observe.v1.Error;
            static encode(m: observe.v1.Error.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.Error & observe.v1.Error.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.Error;
            static toObject(m: observe.v1.Error, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Error {
            interface $Properties {
                type?: (string|null);
                message?: (string|null);
                traceback?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.Error.$Properties;
        }

        interface IEnvelope extends observe.v1.Envelope.$Properties {
        }

        class Envelope {
            constructor(p?: observe.v1.Envelope.$Properties);
            $unknowns?: Uint8Array[];
            requestId: number;
            isReply: boolean;
            error?: (observe.v1.Error.$Properties|null);
            frames: observe.v1.Frame.$Properties[];
            handlerSeconds: number;
            hello?: (observe.v1.Hello.$Properties|null);
            helloAck?: (observe.v1.HelloAck.$Properties|null);
            heartbeat?: (observe.v1.Heartbeat.$Properties|null);
            loadModel?: (observe.v1.LoadModelRequest.$Properties|null);
            loadModelReply?: (observe.v1.LoadModelReply.$Properties|null);
            generate?: (observe.v1.GenerateRequest.$Properties|null);
            generateReply?: (observe.v1.GenerateReply.$Properties|null);
            logProbs?: (observe.v1.LogProbsRequest.$Properties|null);
            logProbsReply?: (observe.v1.LogProbsReply.$Properties|null);
            trainStep?: (observe.v1.TrainStepRequest.$Properties|null);
            trainStepReply?: (observe.v1.TrainStepReply.$Properties|null);
            saveCheckpoint?: (observe.v1.SaveCheckpointRequest.$Properties|null);
            saveCheckpointReply?: (observe.v1.SaveCheckpointReply.$Properties|null);
            loadCheckpoint?: (observe.v1.LoadCheckpointRequest.$Properties|null);
            loadCheckpointReply?: (observe.v1.LoadCheckpointReply.$Properties|null);
            health?: (observe.v1.HealthRequest.$Properties|null);
            healthReply?: (observe.v1.HealthReply.$Properties|null);
            shutdown?: (observe.v1.ShutdownRequest.$Properties|null);
            shutdownReply?: (observe.v1.ShutdownReply.$Properties|null);
            echo?: (observe.v1.EchoRequest.$Properties|null);
            echoReply?: (observe.v1.EchoReply.$Properties|null);
            sftStep?: (observe.v1.SftStepRequest.$Properties|null);
            sftStepReply?: (observe.v1.SftStepReply.$Properties|null);
            tokenize?: (observe.v1.TokenizeRequest.$Properties|null);
            tokenizeReply?: (observe.v1.TokenizeReply.$Properties|null);
            encodePrompts?: (observe.v1.EncodePromptsRequest.$Properties|null);
            encodePromptsReply?: (observe.v1.EncodePromptsReply.$Properties|null);
            checkImages?: (observe.v1.CheckImagesRequest.$Properties|null);
            checkImagesReply?: (observe.v1.CheckImagesReply.$Properties|null);
            body?: ("hello"|"helloAck"|"heartbeat"|"loadModel"|"loadModelReply"|"generate"|"generateReply"|"logProbs"|"logProbsReply"|"trainStep"|"trainStepReply"|"saveCheckpoint"|"saveCheckpointReply"|"loadCheckpoint"|"loadCheckpointReply"|"health"|"healthReply"|"shutdown"|"shutdownReply"|"echo"|"echoReply"|"sftStep"|"sftStepReply"|"tokenize"|"tokenizeReply"|"encodePrompts"|"encodePromptsReply"|"checkImages"|"checkImagesReply");
            static create(properties: observe.v1.Envelope.$Shape): observe.v1.Envelope & observe.v1.Envelope.$Shape;
            static create(properties?: observe.v1.Envelope.$Properties): observe.v1.Envelope;
            static encode(m: observe.v1.Envelope.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.Envelope & observe.v1.Envelope.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.Envelope;
            static toObject(m: observe.v1.Envelope, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Envelope {
            interface $Properties {
                requestId?: (number|null);
                isReply?: (boolean|null);
                error?: (observe.v1.Error.$Properties|null);
                frames?: (observe.v1.Frame.$Properties[]|null);
                handlerSeconds?: (number|null);
                hello?: (observe.v1.Hello.$Properties|null);
                helloAck?: (observe.v1.HelloAck.$Properties|null);
                heartbeat?: (observe.v1.Heartbeat.$Properties|null);
                loadModel?: (observe.v1.LoadModelRequest.$Properties|null);
                loadModelReply?: (observe.v1.LoadModelReply.$Properties|null);
                generate?: (observe.v1.GenerateRequest.$Properties|null);
                generateReply?: (observe.v1.GenerateReply.$Properties|null);
                logProbs?: (observe.v1.LogProbsRequest.$Properties|null);
                logProbsReply?: (observe.v1.LogProbsReply.$Properties|null);
                trainStep?: (observe.v1.TrainStepRequest.$Properties|null);
                trainStepReply?: (observe.v1.TrainStepReply.$Properties|null);
                saveCheckpoint?: (observe.v1.SaveCheckpointRequest.$Properties|null);
                saveCheckpointReply?: (observe.v1.SaveCheckpointReply.$Properties|null);
                loadCheckpoint?: (observe.v1.LoadCheckpointRequest.$Properties|null);
                loadCheckpointReply?: (observe.v1.LoadCheckpointReply.$Properties|null);
                health?: (observe.v1.HealthRequest.$Properties|null);
                healthReply?: (observe.v1.HealthReply.$Properties|null);
                shutdown?: (observe.v1.ShutdownRequest.$Properties|null);
                shutdownReply?: (observe.v1.ShutdownReply.$Properties|null);
                echo?: (observe.v1.EchoRequest.$Properties|null);
                echoReply?: (observe.v1.EchoReply.$Properties|null);
                sftStep?: (observe.v1.SftStepRequest.$Properties|null);
                sftStepReply?: (observe.v1.SftStepReply.$Properties|null);
                tokenize?: (observe.v1.TokenizeRequest.$Properties|null);
                tokenizeReply?: (observe.v1.TokenizeReply.$Properties|null);
                encodePrompts?: (observe.v1.EncodePromptsRequest.$Properties|null);
                encodePromptsReply?: (observe.v1.EncodePromptsReply.$Properties|null);
                checkImages?: (observe.v1.CheckImagesRequest.$Properties|null);
                checkImagesReply?: (observe.v1.CheckImagesReply.$Properties|null);
                body?: ("hello"|"helloAck"|"heartbeat"|"loadModel"|"loadModelReply"|"generate"|"generateReply"|"logProbs"|"logProbsReply"|"trainStep"|"trainStepReply"|"saveCheckpoint"|"saveCheckpointReply"|"loadCheckpoint"|"loadCheckpointReply"|"health"|"healthReply"|"shutdown"|"shutdownReply"|"echo"|"echoReply"|"sftStep"|"sftStepReply"|"tokenize"|"tokenizeReply"|"encodePrompts"|"encodePromptsReply"|"checkImages"|"checkImagesReply");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              requestId?: number|null;
              isReply?: boolean|null;
              error?: observe.v1.Error.$Shape|null;
              frames?: observe.v1.Frame.$Shape[]|null;
              handlerSeconds?: number|null;
              hello?: observe.v1.Hello.$Shape|null;
              helloAck?: observe.v1.HelloAck.$Shape|null;
              heartbeat?: observe.v1.Heartbeat.$Shape|null;
              loadModel?: observe.v1.LoadModelRequest.$Shape|null;
              loadModelReply?: observe.v1.LoadModelReply.$Shape|null;
              generate?: observe.v1.GenerateRequest.$Shape|null;
              generateReply?: observe.v1.GenerateReply.$Shape|null;
              logProbs?: observe.v1.LogProbsRequest.$Shape|null;
              logProbsReply?: observe.v1.LogProbsReply.$Shape|null;
              trainStep?: observe.v1.TrainStepRequest.$Shape|null;
              trainStepReply?: observe.v1.TrainStepReply.$Shape|null;
              saveCheckpoint?: observe.v1.SaveCheckpointRequest.$Shape|null;
              saveCheckpointReply?: observe.v1.SaveCheckpointReply.$Shape|null;
              loadCheckpoint?: observe.v1.LoadCheckpointRequest.$Shape|null;
              loadCheckpointReply?: observe.v1.LoadCheckpointReply.$Shape|null;
              health?: observe.v1.HealthRequest.$Shape|null;
              healthReply?: observe.v1.HealthReply.$Shape|null;
              shutdown?: observe.v1.ShutdownRequest.$Shape|null;
              shutdownReply?: observe.v1.ShutdownReply.$Shape|null;
              echo?: observe.v1.EchoRequest.$Shape|null;
              echoReply?: observe.v1.EchoReply.$Shape|null;
              sftStep?: observe.v1.SftStepRequest.$Shape|null;
              sftStepReply?: observe.v1.SftStepReply.$Shape|null;
              tokenize?: observe.v1.TokenizeRequest.$Shape|null;
              tokenizeReply?: observe.v1.TokenizeReply.$Shape|null;
              encodePrompts?: observe.v1.EncodePromptsRequest.$Shape|null;
              encodePromptsReply?: observe.v1.EncodePromptsReply.$Shape|null;
              checkImages?: observe.v1.CheckImagesRequest.$Shape|null;
              checkImagesReply?: observe.v1.CheckImagesReply.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "hello"; hello: observe.v1.Hello.$Shape; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "helloAck"; hello?: null; helloAck: observe.v1.HelloAck.$Shape; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "heartbeat"; hello?: null; helloAck?: null; heartbeat: observe.v1.Heartbeat.$Shape; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "loadModel"; hello?: null; helloAck?: null; heartbeat?: null; loadModel: observe.v1.LoadModelRequest.$Shape; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "loadModelReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply: observe.v1.LoadModelReply.$Shape; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "generate"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate: observe.v1.GenerateRequest.$Shape; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "generateReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply: observe.v1.GenerateReply.$Shape; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "logProbs"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs: observe.v1.LogProbsRequest.$Shape; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "logProbsReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply: observe.v1.LogProbsReply.$Shape; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "trainStep"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep: observe.v1.TrainStepRequest.$Shape; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "trainStepReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply: observe.v1.TrainStepReply.$Shape; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "saveCheckpoint"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint: observe.v1.SaveCheckpointRequest.$Shape; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "saveCheckpointReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply: observe.v1.SaveCheckpointReply.$Shape; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "loadCheckpoint"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint: observe.v1.LoadCheckpointRequest.$Shape; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "loadCheckpointReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply: observe.v1.LoadCheckpointReply.$Shape; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "health"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health: observe.v1.HealthRequest.$Shape; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "healthReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply: observe.v1.HealthReply.$Shape; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "shutdown"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown: observe.v1.ShutdownRequest.$Shape; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "shutdownReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply: observe.v1.ShutdownReply.$Shape; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "echo"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo: observe.v1.EchoRequest.$Shape; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "echoReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply: observe.v1.EchoReply.$Shape; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "sftStep"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep: observe.v1.SftStepRequest.$Shape; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "sftStepReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply: observe.v1.SftStepReply.$Shape; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "tokenize"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize: observe.v1.TokenizeRequest.$Shape; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "tokenizeReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply: observe.v1.TokenizeReply.$Shape; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "encodePrompts"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts: observe.v1.EncodePromptsRequest.$Shape; encodePromptsReply?: null; checkImages?: null; checkImagesReply?: null }|{ body?: "encodePromptsReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply: observe.v1.EncodePromptsReply.$Shape; checkImages?: null; checkImagesReply?: null }|{ body?: "checkImages"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages: observe.v1.CheckImagesRequest.$Shape; checkImagesReply?: null }|{ body?: "checkImagesReply"; hello?: null; helloAck?: null; heartbeat?: null; loadModel?: null; loadModelReply?: null; generate?: null; generateReply?: null; logProbs?: null; logProbsReply?: null; trainStep?: null; trainStepReply?: null; saveCheckpoint?: null; saveCheckpointReply?: null; loadCheckpoint?: null; loadCheckpointReply?: null; health?: null; healthReply?: null; shutdown?: null; shutdownReply?: null; echo?: null; echoReply?: null; sftStep?: null; sftStepReply?: null; tokenize?: null; tokenizeReply?: null; encodePrompts?: null; encodePromptsReply?: null; checkImages?: null; checkImagesReply: observe.v1.CheckImagesReply.$Shape })
            );
        }

        interface IHello extends observe.v1.Hello.$Properties {
        }

        class Hello {
            constructor(p?: observe.v1.Hello.$Properties);
            $unknowns?: Uint8Array[];
            protocolVersion: number;
            workerId: string;
            pid: number;
            pythonVersion: string;
            torchVersion: string;
            transformersVersion: string;
            device: string;
            cudaDeviceCount: number;
            vllmVersion: string;
            workerVersion: string;
            worldSize: number;
            static create(properties: observe.v1.Hello.$Shape): observe.v1.Hello & observe.v1.Hello.$Shape;
            static create(properties?: observe.v1.Hello.$Properties): observe.v1.Hello;
            static encode(m: observe.v1.Hello.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.Hello & observe.v1.Hello.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.Hello;
            static toObject(m: observe.v1.Hello, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {
            interface $Properties {
                protocolVersion?: (number|null);
                workerId?: (string|null);
                pid?: (number|null);
                pythonVersion?: (string|null);
                torchVersion?: (string|null);
                transformersVersion?: (string|null);
                device?: (string|null);
                cudaDeviceCount?: (number|null);
                vllmVersion?: (string|null);
                workerVersion?: (string|null);
                worldSize?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.Hello.$Properties;
        }

        interface IHelloAck extends observe.v1.HelloAck.$Properties {
        }

        class HelloAck {
            constructor(p?: observe.v1.HelloAck.$Properties);
            $unknowns?: Uint8Array[];
            protocolVersion: number;
            accepted: boolean;
            reason: string;
            static create(properties: observe.v1.HelloAck.$Shape): observe.v1.HelloAck & observe.v1.HelloAck.$Shape;
            static create(properties?: observe.v1.HelloAck.$Properties): observe.v1.HelloAck;
            static encode(m: observe.v1.HelloAck.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.HelloAck & observe.v1.HelloAck.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.HelloAck;
            static toObject(m: observe.v1.HelloAck, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HelloAck {
            interface $Properties {
                protocolVersion?: (number|null);
                accepted?: (boolean|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.HelloAck.$Properties;
        }

        interface IHeartbeat extends observe.v1.Heartbeat.$Properties {
        }

        class Heartbeat {
            constructor(p?: observe.v1.Heartbeat.$Properties);
            $unknowns?: Uint8Array[];
            unixTime: number;
            busyWith: string;
            static create(properties: observe.v1.Heartbeat.$Shape): observe.v1.Heartbeat & observe.v1.Heartbeat.$Shape;
            static create(properties?: observe.v1.Heartbeat.$Properties): observe.v1.Heartbeat;
            static encode(m: observe.v1.Heartbeat.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.Heartbeat & observe.v1.Heartbeat.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.Heartbeat;
            static toObject(m: observe.v1.Heartbeat, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {
            interface $Properties {
                unixTime?: (number|null);
                busyWith?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.Heartbeat.$Properties;
        }

        interface IOptimizerConfig extends observe.v1.OptimizerConfig.$Properties {
        }

        class OptimizerConfig {
            constructor(p?: observe.v1.OptimizerConfig.$Properties);
            $unknowns?: Uint8Array[];
            lr?: (number|null);
            beta1?: (number|null);
            beta2?: (number|null);
            weightDecay?: (number|null);
            maxGradNorm?: (number|null);
            eps?: (number|null);
            static create(properties: observe.v1.OptimizerConfig.$Shape): observe.v1.OptimizerConfig & observe.v1.OptimizerConfig.$Shape;
            static create(properties?: observe.v1.OptimizerConfig.$Properties): observe.v1.OptimizerConfig;
            static encode(m: observe.v1.OptimizerConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.OptimizerConfig & observe.v1.OptimizerConfig.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.OptimizerConfig;
            static toObject(m: observe.v1.OptimizerConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace OptimizerConfig {
            interface $Properties {
                lr?: (number|null);
                beta1?: (number|null);
                beta2?: (number|null);
                weightDecay?: (number|null);
                maxGradNorm?: (number|null);
                eps?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.OptimizerConfig.$Properties;
        }

        interface ILoadModelRequest extends observe.v1.LoadModelRequest.$Properties {
        }

        class LoadModelRequest {
            constructor(p?: observe.v1.LoadModelRequest.$Properties);
            $unknowns?: Uint8Array[];
            modelPath: string;
            loadReference: boolean;
            optimizer?: (observe.v1.OptimizerConfig.$Properties|null);
            dtype: string;
            minPixels: number;
            maxPixels: number;
            seed: number;
            gradientCheckpointing: boolean;
            lora?: (observe.v1.LoraConfig.$Properties|null);
            rollout?: (observe.v1.RolloutConfig.$Properties|null);
            offload?: (observe.v1.OffloadConfig.$Properties|null);
            freezeVisionTower: boolean;
            paddingFree: boolean;
            static create(properties: observe.v1.LoadModelRequest.$Shape): observe.v1.LoadModelRequest & observe.v1.LoadModelRequest.$Shape;
            static create(properties?: observe.v1.LoadModelRequest.$Properties): observe.v1.LoadModelRequest;
            static encode(m: observe.v1.LoadModelRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.LoadModelRequest & observe.v1.LoadModelRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.LoadModelRequest;
            static toObject(m: observe.v1.LoadModelRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoadModelRequest {
            interface $Properties {
                modelPath?: (string|null);
                loadReference?: (boolean|null);
                optimizer?: (observe.v1.OptimizerConfig.$Properties|null);
                dtype?: (string|null);
                minPixels?: (number|null);
                maxPixels?: (number|null);
                seed?: (number|null);
                gradientCheckpointing?: (boolean|null);
                lora?: (observe.v1.LoraConfig.$Properties|null);
                rollout?: (observe.v1.RolloutConfig.$Properties|null);
                offload?: (observe.v1.OffloadConfig.$Properties|null);
                freezeVisionTower?: (boolean|null);
                paddingFree?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.LoadModelRequest.$Properties;
        }

        interface IRolloutConfig extends observe.v1.RolloutConfig.$Properties {
        }

        class RolloutConfig {
            constructor(p?: observe.v1.RolloutConfig.$Properties);
            $unknowns?: Uint8Array[];
            engine: string;
            gpuMemoryUtilization: number;
            tensorParallelSize: number;
            maxModelLen: number;
            maxImagesPerPrompt: number;
            enforceEager: boolean;
            freeCacheEngine: boolean;
            weightBucketBytes: (number|Long);
            static create(properties: observe.v1.RolloutConfig.$Shape): observe.v1.RolloutConfig & observe.v1.RolloutConfig.$Shape;
            static create(properties?: observe.v1.RolloutConfig.$Properties): observe.v1.RolloutConfig;
            static encode(m: observe.v1.RolloutConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.RolloutConfig & observe.v1.RolloutConfig.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.RolloutConfig;
            static toObject(m: observe.v1.RolloutConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RolloutConfig {
            interface $Properties {
                engine?: (string|null);
                gpuMemoryUtilization?: (number|null);
                tensorParallelSize?: (number|null);
                maxModelLen?: (number|null);
                maxImagesPerPrompt?: (number|null);
                enforceEager?: (boolean|null);
                freeCacheEngine?: (boolean|null);
                weightBucketBytes?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.RolloutConfig.$Properties;
        }

        interface IOffloadConfig extends observe.v1.OffloadConfig.$Properties {
        }

        class OffloadConfig {
            constructor(p?: observe.v1.OffloadConfig.$Properties);
            $unknowns?: Uint8Array[];
            offloadParams: boolean;
            offloadOptimizer: boolean;
            offloadReference: boolean;
            static create(properties: observe.v1.OffloadConfig.$Shape): observe.v1.OffloadConfig & observe.v1.OffloadConfig.$Shape;
            static create(properties?: observe.v1.OffloadConfig.$Properties): observe.v1.OffloadConfig;
            static encode(m: observe.v1.OffloadConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.OffloadConfig & observe.v1.OffloadConfig.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.OffloadConfig;
            static toObject(m: observe.v1.OffloadConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace OffloadConfig {
            interface $Properties {
                offloadParams?: (boolean|null);
                offloadOptimizer?: (boolean|null);
                offloadReference?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.OffloadConfig.$Properties;
        }

        interface ILoraConfig extends observe.v1.LoraConfig.$Properties {
        }

        class LoraConfig {
            constructor(p?: observe.v1.LoraConfig.$Properties);
            $unknowns?: Uint8Array[];
            rank: number;
            alpha: number;
            targetModules: string[];
            dropout: number;
            static create(properties: observe.v1.LoraConfig.$Shape): observe.v1.LoraConfig & observe.v1.LoraConfig.$Shape;
            static create(properties?: observe.v1.LoraConfig.$Properties): observe.v1.LoraConfig;
            static encode(m: observe.v1.LoraConfig.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.LoraConfig & observe.v1.LoraConfig.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.LoraConfig;
            static toObject(m: observe.v1.LoraConfig, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoraConfig {
            interface $Properties {
                rank?: (number|null);
                alpha?: (number|null);
                targetModules?: (string[]|null);
                dropout?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.LoraConfig.$Properties;
        }

        interface ILoadModelReply extends observe.v1.LoadModelReply.$Properties {
        }

        class LoadModelReply {
            constructor(p?: observe.v1.LoadModelReply.$Properties);
            $unknowns?: Uint8Array[];
            modelType: string;
            numParameters: (number|Long);
            device: string;
            dtype: string;
            vocabSize: number;
            eosTokenId: number;
            padTokenId: number;
            worldSize: number;
            sharding: string;
            rolloutEngine: string;
            paddingFree: boolean;
            static create(properties: observe.v1.LoadModelReply.$Shape): observe.v1.LoadModelReply & observe.v1.LoadModelReply.$Shape;
            static create(properties?: observe.v1.LoadModelReply.$Properties): observe.v1.LoadModelReply;
            static encode(m: observe.v1.LoadModelReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.LoadModelReply & observe.v1.LoadModelReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.LoadModelReply;
            static toObject(m: observe.v1.LoadModelReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoadModelReply {
            interface $Properties {
                modelType?: (string|null);
                numParameters?: (number|Long|null);
                device?: (string|null);
                dtype?: (string|null);
                vocabSize?: (number|null);
                eosTokenId?: (number|null);
                padTokenId?: (number|null);
                worldSize?: (number|null);
                sharding?: (string|null);
                rolloutEngine?: (string|null);
                paddingFree?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.LoadModelReply.$Properties;
        }

        interface IImageRef extends observe.v1.ImageRef.$Properties {
        }

        class ImageRef {
            constructor(p?: observe.v1.ImageRef.$Properties);
            $unknowns?: Uint8Array[];
            frame: number;
            source: string;
            static create(properties: observe.v1.ImageRef.$Shape): observe.v1.ImageRef & observe.v1.ImageRef.$Shape;
            static create(properties?: observe.v1.ImageRef.$Properties): observe.v1.ImageRef;
            static encode(m: observe.v1.ImageRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.ImageRef & observe.v1.ImageRef.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.ImageRef;
            static toObject(m: observe.v1.ImageRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ImageRef {
            interface $Properties {
                frame?: (number|null);
                source?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.ImageRef.$Properties;
        }

        interface IVideoRef extends observe.v1.VideoRef.$Properties {
        }

        class VideoRef {
            constructor(p?: observe.v1.VideoRef.$Properties);
            $unknowns?: Uint8Array[];
            file?: (observe.v1.ImageRef.$Properties|null);
            frames: observe.v1.ImageRef.$Properties[];
            fps: number;
            static create(properties: observe.v1.VideoRef.$Shape): observe.v1.VideoRef & observe.v1.VideoRef.$Shape;
            static create(properties?: observe.v1.VideoRef.$Properties): observe.v1.VideoRef;
            static encode(m: observe.v1.VideoRef.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.VideoRef & observe.v1.VideoRef.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.VideoRef;
            static toObject(m: observe.v1.VideoRef, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VideoRef {
            interface $Properties {
                file?: (observe.v1.ImageRef.$Properties|null);
                frames?: (observe.v1.ImageRef.$Properties[]|null);
                fps?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.VideoRef.$Properties;
        }

        interface IPrompt extends observe.v1.Prompt.$Properties {
        }

        class Prompt {
            constructor(p?: observe.v1.Prompt.$Properties);
            $unknowns?: Uint8Array[];
            system: string;
            text: string;
            images: observe.v1.ImageRef.$Properties[];
            videos: observe.v1.VideoRef.$Properties[];
            static create(properties: observe.v1.Prompt.$Shape): observe.v1.Prompt & observe.v1.Prompt.$Shape;
            static create(properties?: observe.v1.Prompt.$Properties): observe.v1.Prompt;
            static encode(m: observe.v1.Prompt.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.Prompt & observe.v1.Prompt.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.Prompt;
            static toObject(m: observe.v1.Prompt, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Prompt {
            interface $Properties {
                system?: (string|null);
                text?: (string|null);
                images?: (observe.v1.ImageRef.$Properties[]|null);
                videos?: (observe.v1.VideoRef.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.Prompt.$Properties;
        }

        interface ISamplingParams extends observe.v1.SamplingParams.$Properties {
        }

        class SamplingParams {
            constructor(p?: observe.v1.SamplingParams.$Properties);
            $unknowns?: Uint8Array[];
            n: number;
            temperature: number;
            topP: number;
            topK: number;
            maxNewTokens: number;
            seed: number;
            static create(properties: observe.v1.SamplingParams.$Shape): observe.v1.SamplingParams & observe.v1.SamplingParams.$Shape;
            static create(properties?: observe.v1.SamplingParams.$Properties): observe.v1.SamplingParams;
            static encode(m: observe.v1.SamplingParams.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.SamplingParams & observe.v1.SamplingParams.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.SamplingParams;
            static toObject(m: observe.v1.SamplingParams, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SamplingParams {
            interface $Properties {
                n?: (number|null);
                temperature?: (number|null);
                topP?: (number|null);
                topK?: (number|null);
                maxNewTokens?: (number|null);
                seed?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.SamplingParams.$Properties;
        }

        enum FinishReason {
            FINISH_REASON_UNSPECIFIED = 0,
            FINISH_REASON_STOP = 1,
            FINISH_REASON_LENGTH = 2
        }

        interface IGenerateRequest extends observe.v1.GenerateRequest.$Properties {
        }

        class GenerateRequest {
            constructor(p?: observe.v1.GenerateRequest.$Properties);
            $unknowns?: Uint8Array[];
            prompts: observe.v1.Prompt.$Properties[];
            sampling?: (observe.v1.SamplingParams.$Properties|null);
            skipFailedPrompts: boolean;
            static create(properties: observe.v1.GenerateRequest.$Shape): observe.v1.GenerateRequest & observe.v1.GenerateRequest.$Shape;
            static create(properties?: observe.v1.GenerateRequest.$Properties): observe.v1.GenerateRequest;
            static encode(m: observe.v1.GenerateRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.GenerateRequest & observe.v1.GenerateRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.GenerateRequest;
            static toObject(m: observe.v1.GenerateRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GenerateRequest {
            interface $Properties {
                prompts?: (observe.v1.Prompt.$Properties[]|null);
                sampling?: (observe.v1.SamplingParams.$Properties|null);
                skipFailedPrompts?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.GenerateRequest.$Properties;
        }

        interface ICompletion extends observe.v1.Completion.$Properties {
        }

        class Completion {
            constructor(p?: observe.v1.Completion.$Properties);
            $unknowns?: Uint8Array[];
            promptIndex: number;
            text: string;
            finishReason: observe.v1.FinishReason;
            numTokens: number;
            static create(properties: observe.v1.Completion.$Shape): observe.v1.Completion & observe.v1.Completion.$Shape;
            static create(properties?: observe.v1.Completion.$Properties): observe.v1.Completion;
            static encode(m: observe.v1.Completion.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.Completion & observe.v1.Completion.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.Completion;
            static toObject(m: observe.v1.Completion, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Completion {
            interface $Properties {
                promptIndex?: (number|null);
                text?: (string|null);
                finishReason?: (observe.v1.FinishReason|null);
                numTokens?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.Completion.$Properties;
        }

        interface IGenerateReply extends observe.v1.GenerateReply.$Properties {
        }

        class GenerateReply {
            constructor(p?: observe.v1.GenerateReply.$Properties);
            $unknowns?: Uint8Array[];
            completions: observe.v1.Completion.$Properties[];
            promptNumTokens: number[];
            failedPrompts: observe.v1.FailedPrompt.$Properties[];
            weightSyncS: number;
            static create(properties: observe.v1.GenerateReply.$Shape): observe.v1.GenerateReply & observe.v1.GenerateReply.$Shape;
            static create(properties?: observe.v1.GenerateReply.$Properties): observe.v1.GenerateReply;
            static encode(m: observe.v1.GenerateReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.GenerateReply & observe.v1.GenerateReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.GenerateReply;
            static toObject(m: observe.v1.GenerateReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace GenerateReply {
            interface $Properties {
                completions?: (observe.v1.Completion.$Properties[]|null);
                promptNumTokens?: (number[]|null);
                failedPrompts?: (observe.v1.FailedPrompt.$Properties[]|null);
                weightSyncS?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.GenerateReply.$Properties;
        }

        interface IFailedPrompt extends observe.v1.FailedPrompt.$Properties {
        }

        class FailedPrompt {
            constructor(p?: observe.v1.FailedPrompt.$Properties);
            $unknowns?: Uint8Array[];
            promptIndex: number;
            error: string;
            static create(properties: observe.v1.FailedPrompt.$Shape): observe.v1.FailedPrompt & observe.v1.FailedPrompt.$Shape;
            static create(properties?: observe.v1.FailedPrompt.$Properties): observe.v1.FailedPrompt;
            static encode(m: observe.v1.FailedPrompt.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.FailedPrompt & observe.v1.FailedPrompt.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.FailedPrompt;
            static toObject(m: observe.v1.FailedPrompt, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace FailedPrompt {
            interface $Properties {
                promptIndex?: (number|null);
                error?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.FailedPrompt.$Properties;
        }

        interface ISequenceBatch extends observe.v1.SequenceBatch.$Properties {
        }

        class SequenceBatch {
            constructor(p?: observe.v1.SequenceBatch.$Properties);
            $unknowns?: Uint8Array[];
            prompts: observe.v1.Prompt.$Properties[];
            promptIndex: number[];
            responseLengths: number[];
            static create(properties: observe.v1.SequenceBatch.$Shape): observe.v1.SequenceBatch & observe.v1.SequenceBatch.$Shape;
            static create(properties?: observe.v1.SequenceBatch.$Properties): observe.v1.SequenceBatch;
            static encode(m: observe.v1.SequenceBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.SequenceBatch & observe.v1.SequenceBatch.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.SequenceBatch;
            static toObject(m: observe.v1.SequenceBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SequenceBatch {
            interface $Properties {
                prompts?: (observe.v1.Prompt.$Properties[]|null);
                promptIndex?: (number[]|null);
                responseLengths?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.SequenceBatch.$Properties;
        }

        enum ModelRole {
            MODEL_ROLE_UNSPECIFIED = 0,
            MODEL_ROLE_POLICY = 1,
            MODEL_ROLE_REFERENCE = 2
        }

        interface ILogProbsRequest extends observe.v1.LogProbsRequest.$Properties {
        }

        class LogProbsRequest {
            constructor(p?: observe.v1.LogProbsRequest.$Properties);
            $unknowns?: Uint8Array[];
            batch?: (observe.v1.SequenceBatch.$Properties|null);
            role: observe.v1.ModelRole;
            microBatchSize: number;
            temperature: number;
            maxTokensPerMicroBatch: number;
            static create(properties: observe.v1.LogProbsRequest.$Shape): observe.v1.LogProbsRequest & observe.v1.LogProbsRequest.$Shape;
            static create(properties?: observe.v1.LogProbsRequest.$Properties): observe.v1.LogProbsRequest;
            static encode(m: observe.v1.LogProbsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.LogProbsRequest & observe.v1.LogProbsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.LogProbsRequest;
            static toObject(m: observe.v1.LogProbsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogProbsRequest {
            interface $Properties {
                batch?: (observe.v1.SequenceBatch.$Properties|null);
                role?: (observe.v1.ModelRole|null);
                microBatchSize?: (number|null);
                temperature?: (number|null);
                maxTokensPerMicroBatch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.LogProbsRequest.$Properties;
        }

        interface ILogProbsReply extends observe.v1.LogProbsReply.$Properties {
        }

        class LogProbsReply {
            constructor(p?: observe.v1.LogProbsReply.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: observe.v1.LogProbsReply.$Shape): observe.v1.LogProbsReply & observe.v1.LogProbsReply.$Shape;
            static create(properties?: observe.v1.LogProbsReply.$Properties): observe.v1.LogProbsReply;
            static encode(m: observe.v1.LogProbsReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.LogProbsReply & observe.v1.LogProbsReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.LogProbsReply;
            static toObject(m: observe.v1.LogProbsReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogProbsReply {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.LogProbsReply.$Properties;
        }

        enum KlPenalty {
            KL_PENALTY_UNSPECIFIED = 0,
            KL_PENALTY_KL = 1,
            KL_PENALTY_ABS = 2,
            KL_PENALTY_MSE = 3,
            KL_PENALTY_LOW_VAR_KL = 4
        }

        enum LossType {
            LOSS_TYPE_UNSPECIFIED = 0,
            LOSS_TYPE_DEFAULT = 1,
            LOSS_TYPE_GSPO = 2,
            LOSS_TYPE_GSPO_TOKEN = 3
        }

        enum LossAggMode {
            LOSS_AGG_MODE_UNSPECIFIED = 0,
            LOSS_AGG_MODE_TOKEN_MEAN = 1,
            LOSS_AGG_MODE_SEQ_MEAN_TOKEN_MEAN = 2,
            LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM = 3,
            LOSS_AGG_MODE_SEQ_MEAN_TOKEN_SUM_NORM = 4
        }

        interface ITrainStepRequest extends observe.v1.TrainStepRequest.$Properties {
        }

        class TrainStepRequest {
            constructor(p?: observe.v1.TrainStepRequest.$Properties);
            $unknowns?: Uint8Array[];
            batch?: (observe.v1.SequenceBatch.$Properties|null);
            lr?: (number|null);
            clipRatioLow?: (number|null);
            clipRatioHigh?: (number|null);
            klCoef?: (number|null);
            klPenalty: observe.v1.KlPenalty;
            useKlLoss?: (boolean|null);
            advantageClip?: (number|null);
            lossAggMode: observe.v1.LossAggMode;
            microBatchSize: number;
            temperature?: (number|null);
            klLossType: observe.v1.KlPenalty;
            lossScaleFactor?: (number|null);
            gamma?: (number|null);
            clipRatioDual?: (number|null);
            lossType: observe.v1.LossType;
            maxTokensPerMicroBatch: number;
            static create(properties: observe.v1.TrainStepRequest.$Shape): observe.v1.TrainStepRequest & observe.v1.TrainStepRequest.$Shape;
            static create(properties?: observe.v1.TrainStepRequest.$Properties): observe.v1.TrainStepRequest;
            static encode(m: observe.v1.TrainStepRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.TrainStepRequest & observe.v1.TrainStepRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.TrainStepRequest;
            static toObject(m: observe.v1.TrainStepRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TrainStepRequest {
            interface $Properties {
                batch?: (observe.v1.SequenceBatch.$Properties|null);
                lr?: (number|null);
                clipRatioLow?: (number|null);
                clipRatioHigh?: (number|null);
                klCoef?: (number|null);
                klPenalty?: (observe.v1.KlPenalty|null);
                useKlLoss?: (boolean|null);
                advantageClip?: (number|null);
                lossAggMode?: (observe.v1.LossAggMode|null);
                microBatchSize?: (number|null);
                temperature?: (number|null);
                klLossType?: (observe.v1.KlPenalty|null);
                lossScaleFactor?: (number|null);
                gamma?: (number|null);
                clipRatioDual?: (number|null);
                lossType?: (observe.v1.LossType|null);
                maxTokensPerMicroBatch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.TrainStepRequest.$Properties;
        }

        interface ITrainStepReply extends observe.v1.TrainStepReply.$Properties {
        }

        class TrainStepReply {
            constructor(p?: observe.v1.TrainStepReply.$Properties);
            $unknowns?: Uint8Array[];
            loss: number;
            pgLoss: number;
            kl: number;
            clipfrac: number;
            gradNorm: number;
            entropy: number;
            lr: number;
            numTokens: number;
            ppoKl: number;
            perf?: (observe.v1.StepPerf.$Properties|null);
            klLoss: number;
            clipfracHigher: number;
            clipfracLower: number;
            clipfracDual: number;
            advantagesMean: number;
            advantagesMax: number;
            advantagesMin: number;
            static create(properties: observe.v1.TrainStepReply.$Shape): observe.v1.TrainStepReply & observe.v1.TrainStepReply.$Shape;
            static create(properties?: observe.v1.TrainStepReply.$Properties): observe.v1.TrainStepReply;
            static encode(m: observe.v1.TrainStepReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.TrainStepReply & observe.v1.TrainStepReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.TrainStepReply;
            static toObject(m: observe.v1.TrainStepReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TrainStepReply {
            interface $Properties {
                loss?: (number|null);
                pgLoss?: (number|null);
                kl?: (number|null);
                clipfrac?: (number|null);
                gradNorm?: (number|null);
                entropy?: (number|null);
                lr?: (number|null);
                numTokens?: (number|null);
                ppoKl?: (number|null);
                perf?: (observe.v1.StepPerf.$Properties|null);
                klLoss?: (number|null);
                clipfracHigher?: (number|null);
                clipfracLower?: (number|null);
                clipfracDual?: (number|null);
                advantagesMean?: (number|null);
                advantagesMax?: (number|null);
                advantagesMin?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.TrainStepReply.$Properties;
        }

        interface IStepPerf extends observe.v1.StepPerf.$Properties {
        }

        class StepPerf {
            constructor(p?: observe.v1.StepPerf.$Properties);
            $unknowns?: Uint8Array[];
            maxMemoryAllocatedBytes: (number|Long);
            maxMemoryReservedBytes: (number|Long);
            cpuMemoryUsedBytes: (number|Long);
            microBatches: number;
            static create(properties: observe.v1.StepPerf.$Shape): observe.v1.StepPerf & observe.v1.StepPerf.$Shape;
            static create(properties?: observe.v1.StepPerf.$Properties): observe.v1.StepPerf;
            static encode(m: observe.v1.StepPerf.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.StepPerf & observe.v1.StepPerf.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.StepPerf;
            static toObject(m: observe.v1.StepPerf, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace StepPerf {
            interface $Properties {
                maxMemoryAllocatedBytes?: (number|Long|null);
                maxMemoryReservedBytes?: (number|Long|null);
                cpuMemoryUsedBytes?: (number|Long|null);
                microBatches?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.StepPerf.$Properties;
        }

        interface ISftStepRequest extends observe.v1.SftStepRequest.$Properties {
        }

        class SftStepRequest {
            constructor(p?: observe.v1.SftStepRequest.$Properties);
            $unknowns?: Uint8Array[];
            batch?: (observe.v1.SequenceBatch.$Properties|null);
            lr: number;
            microBatchSize: number;
            maxTokensPerMicroBatch: number;
            static create(properties: observe.v1.SftStepRequest.$Shape): observe.v1.SftStepRequest & observe.v1.SftStepRequest.$Shape;
            static create(properties?: observe.v1.SftStepRequest.$Properties): observe.v1.SftStepRequest;
            static encode(m: observe.v1.SftStepRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.SftStepRequest & observe.v1.SftStepRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.SftStepRequest;
            static toObject(m: observe.v1.SftStepRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SftStepRequest {
            interface $Properties {
                batch?: (observe.v1.SequenceBatch.$Properties|null);
                lr?: (number|null);
                microBatchSize?: (number|null);
                maxTokensPerMicroBatch?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.SftStepRequest.$Properties;
        }

        interface ISftStepReply extends observe.v1.SftStepReply.$Properties {
        }

        class SftStepReply {
            constructor(p?: observe.v1.SftStepReply.$Properties);
            $unknowns?: Uint8Array[];
            loss: number;
            gradNorm: number;
            entropy: number;
            lr: number;
            numTokens: number;
            perf?: (observe.v1.StepPerf.$Properties|null);
            static create(properties: observe.v1.SftStepReply.$Shape): observe.v1.SftStepReply & observe.v1.SftStepReply.$Shape;
            static create(properties?: observe.v1.SftStepReply.$Properties): observe.v1.SftStepReply;
            static encode(m: observe.v1.SftStepReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.SftStepReply & observe.v1.SftStepReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.SftStepReply;
            static toObject(m: observe.v1.SftStepReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SftStepReply {
            interface $Properties {
                loss?: (number|null);
                gradNorm?: (number|null);
                entropy?: (number|null);
                lr?: (number|null);
                numTokens?: (number|null);
                perf?: (observe.v1.StepPerf.$Properties|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.SftStepReply.$Properties;
        }

        interface ITokenizeRequest extends observe.v1.TokenizeRequest.$Properties {
        }

        class TokenizeRequest {
            constructor(p?: observe.v1.TokenizeRequest.$Properties);
            $unknowns?: Uint8Array[];
            texts: string[];
            addEos: boolean;
            static create(properties: observe.v1.TokenizeRequest.$Shape): observe.v1.TokenizeRequest & observe.v1.TokenizeRequest.$Shape;
            static create(properties?: observe.v1.TokenizeRequest.$Properties): observe.v1.TokenizeRequest;
            static encode(m: observe.v1.TokenizeRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.TokenizeRequest & observe.v1.TokenizeRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.TokenizeRequest;
            static toObject(m: observe.v1.TokenizeRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TokenizeRequest {
            interface $Properties {
                texts?: (string[]|null);
                addEos?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.TokenizeRequest.$Properties;
        }

        interface ITokenizeReply extends observe.v1.TokenizeReply.$Properties {
        }

        class TokenizeReply {
            constructor(p?: observe.v1.TokenizeReply.$Properties);
            $unknowns?: Uint8Array[];
            lengths: number[];
            static create(properties: observe.v1.TokenizeReply.$Shape): observe.v1.TokenizeReply & observe.v1.TokenizeReply.$Shape;
            static create(properties?: observe.v1.TokenizeReply.$Properties): observe.v1.TokenizeReply;
            static encode(m: observe.v1.TokenizeReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.TokenizeReply & observe.v1.TokenizeReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.TokenizeReply;
            static toObject(m: observe.v1.TokenizeReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TokenizeReply {
            interface $Properties {
                lengths?: (number[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.TokenizeReply.$Properties;
        }

        interface IEncodePromptsRequest extends observe.v1.EncodePromptsRequest.$Properties {
        }

        class EncodePromptsRequest {
            constructor(p?: observe.v1.EncodePromptsRequest.$Properties);
            $unknowns?: Uint8Array[];
            prompts: observe.v1.Prompt.$Properties[];
            modelPath: string;
            minPixels: number;
            maxPixels: number;
            countOnly: boolean;
            static create(properties: observe.v1.EncodePromptsRequest.$Shape): observe.v1.EncodePromptsRequest & observe.v1.EncodePromptsRequest.$Shape;
            static create(properties?: observe.v1.EncodePromptsRequest.$Properties): observe.v1.EncodePromptsRequest;
            static encode(m: observe.v1.EncodePromptsRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.EncodePromptsRequest & observe.v1.EncodePromptsRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.EncodePromptsRequest;
            static toObject(m: observe.v1.EncodePromptsRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EncodePromptsRequest {
            interface $Properties {
                prompts?: (observe.v1.Prompt.$Properties[]|null);
                modelPath?: (string|null);
                minPixels?: (number|null);
                maxPixels?: (number|null);
                countOnly?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.EncodePromptsRequest.$Properties;
        }

        interface IEncodePromptsReply extends observe.v1.EncodePromptsReply.$Properties {
        }

        class EncodePromptsReply {
            constructor(p?: observe.v1.EncodePromptsReply.$Properties);
            $unknowns?: Uint8Array[];
            numTokens: number[];
            imageTokens: number[];
            videoTokens: number[];
            rendered: string[];
            static create(properties: observe.v1.EncodePromptsReply.$Shape): observe.v1.EncodePromptsReply & observe.v1.EncodePromptsReply.$Shape;
            static create(properties?: observe.v1.EncodePromptsReply.$Properties): observe.v1.EncodePromptsReply;
            static encode(m: observe.v1.EncodePromptsReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.EncodePromptsReply & observe.v1.EncodePromptsReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.EncodePromptsReply;
            static toObject(m: observe.v1.EncodePromptsReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EncodePromptsReply {
            interface $Properties {
                numTokens?: (number[]|null);
                imageTokens?: (number[]|null);
                videoTokens?: (number[]|null);
                rendered?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.EncodePromptsReply.$Properties;
        }

        interface ICheckImagesRequest extends observe.v1.CheckImagesRequest.$Properties {
        }

        class CheckImagesRequest {
            constructor(p?: observe.v1.CheckImagesRequest.$Properties);
            $unknowns?: Uint8Array[];
            images: observe.v1.ImageRef.$Properties[];
            static create(properties: observe.v1.CheckImagesRequest.$Shape): observe.v1.CheckImagesRequest & observe.v1.CheckImagesRequest.$Shape;
            static create(properties?: observe.v1.CheckImagesRequest.$Properties): observe.v1.CheckImagesRequest;
            static encode(m: observe.v1.CheckImagesRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.CheckImagesRequest & observe.v1.CheckImagesRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.CheckImagesRequest;
            static toObject(m: observe.v1.CheckImagesRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CheckImagesRequest {
            interface $Properties {
                images?: (observe.v1.ImageRef.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.CheckImagesRequest.$Properties;
        }

        interface ICheckImagesReply extends observe.v1.CheckImagesReply.$Properties {
        }

        class CheckImagesReply {
            constructor(p?: observe.v1.CheckImagesReply.$Properties);
            $unknowns?: Uint8Array[];
            errors: string[];
            static create(properties: observe.v1.CheckImagesReply.$Shape): observe.v1.CheckImagesReply & observe.v1.CheckImagesReply.$Shape;
            static create(properties?: observe.v1.CheckImagesReply.$Properties): observe.v1.CheckImagesReply;
            static encode(m: observe.v1.CheckImagesReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.CheckImagesReply & observe.v1.CheckImagesReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.CheckImagesReply;
            static toObject(m: observe.v1.CheckImagesReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CheckImagesReply {
            interface $Properties {
                errors?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.CheckImagesReply.$Properties;
        }

        interface ISaveCheckpointRequest extends observe.v1.SaveCheckpointRequest.$Properties {
        }

        class SaveCheckpointRequest {
            constructor(p?: observe.v1.SaveCheckpointRequest.$Properties);
            $unknowns?: Uint8Array[];
            path: string;
            includeOptimizer: boolean;
            static create(properties: observe.v1.SaveCheckpointRequest.$Shape): observe.v1.SaveCheckpointRequest & observe.v1.SaveCheckpointRequest.$Shape;
            static create(properties?: observe.v1.SaveCheckpointRequest.$Properties): observe.v1.SaveCheckpointRequest;
            static encode(m: observe.v1.SaveCheckpointRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.SaveCheckpointRequest & observe.v1.SaveCheckpointRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.SaveCheckpointRequest;
            static toObject(m: observe.v1.SaveCheckpointRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SaveCheckpointRequest {
            interface $Properties {
                path?: (string|null);
                includeOptimizer?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.SaveCheckpointRequest.$Properties;
        }

        interface ISaveCheckpointReply extends observe.v1.SaveCheckpointReply.$Properties {
        }

        class SaveCheckpointReply {
            constructor(p?: observe.v1.SaveCheckpointReply.$Properties);
            $unknowns?: Uint8Array[];
            path: string;
            bytesWritten: (number|Long);
            static create(properties: observe.v1.SaveCheckpointReply.$Shape): observe.v1.SaveCheckpointReply & observe.v1.SaveCheckpointReply.$Shape;
            static create(properties?: observe.v1.SaveCheckpointReply.$Properties): observe.v1.SaveCheckpointReply;
            static encode(m: observe.v1.SaveCheckpointReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.SaveCheckpointReply & observe.v1.SaveCheckpointReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.SaveCheckpointReply;
            static toObject(m: observe.v1.SaveCheckpointReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SaveCheckpointReply {
            interface $Properties {
                path?: (string|null);
                bytesWritten?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.SaveCheckpointReply.$Properties;
        }

        interface ILoadCheckpointRequest extends observe.v1.LoadCheckpointRequest.$Properties {
        }

        class LoadCheckpointRequest {
            constructor(p?: observe.v1.LoadCheckpointRequest.$Properties);
            $unknowns?: Uint8Array[];
            path: string;
            static create(properties: observe.v1.LoadCheckpointRequest.$Shape): observe.v1.LoadCheckpointRequest & observe.v1.LoadCheckpointRequest.$Shape;
            static create(properties?: observe.v1.LoadCheckpointRequest.$Properties): observe.v1.LoadCheckpointRequest;
            static encode(m: observe.v1.LoadCheckpointRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.LoadCheckpointRequest & observe.v1.LoadCheckpointRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.LoadCheckpointRequest;
            static toObject(m: observe.v1.LoadCheckpointRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoadCheckpointRequest {
            interface $Properties {
                path?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.LoadCheckpointRequest.$Properties;
        }

        interface ILoadCheckpointReply extends observe.v1.LoadCheckpointReply.$Properties {
        }

        class LoadCheckpointReply {
            constructor(p?: observe.v1.LoadCheckpointReply.$Properties);
            $unknowns?: Uint8Array[];
            optimizerRestored: boolean;
            static create(properties: observe.v1.LoadCheckpointReply.$Shape): observe.v1.LoadCheckpointReply & observe.v1.LoadCheckpointReply.$Shape;
            static create(properties?: observe.v1.LoadCheckpointReply.$Properties): observe.v1.LoadCheckpointReply;
            static encode(m: observe.v1.LoadCheckpointReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.LoadCheckpointReply & observe.v1.LoadCheckpointReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.LoadCheckpointReply;
            static toObject(m: observe.v1.LoadCheckpointReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LoadCheckpointReply {
            interface $Properties {
                optimizerRestored?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.LoadCheckpointReply.$Properties;
        }

        interface IHealthRequest extends observe.v1.HealthRequest.$Properties {
        }

        class HealthRequest {
            constructor(p?: observe.v1.HealthRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: observe.v1.HealthRequest.$Shape): observe.v1.HealthRequest & observe.v1.HealthRequest.$Shape;
            static create(properties?: observe.v1.HealthRequest.$Properties): observe.v1.HealthRequest;
            static encode(m: observe.v1.HealthRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.HealthRequest & observe.v1.HealthRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.HealthRequest;
            static toObject(m: observe.v1.HealthRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.HealthRequest.$Properties;
        }

        interface IHealthReply extends observe.v1.HealthReply.$Properties {
        }

        class HealthReply {
            constructor(p?: observe.v1.HealthReply.$Properties);
            $unknowns?: Uint8Array[];
            device: string;
            modelLoaded: boolean;
            modelPath: string;
            memoryAllocatedBytes: (number|Long);
            maxMemoryAllocatedBytes: (number|Long);
            rssBytes: (number|Long);
            uptimeS: number;
            static create(properties: observe.v1.HealthReply.$Shape): observe.v1.HealthReply & observe.v1.HealthReply.$Shape;
            static create(properties?: observe.v1.HealthReply.$Properties): observe.v1.HealthReply;
            static encode(m: observe.v1.HealthReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.HealthReply & observe.v1.HealthReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.HealthReply;
            static toObject(m: observe.v1.HealthReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthReply {
            interface $Properties {
                device?: (string|null);
                modelLoaded?: (boolean|null);
                modelPath?: (string|null);
                memoryAllocatedBytes?: (number|Long|null);
                maxMemoryAllocatedBytes?: (number|Long|null);
                rssBytes?: (number|Long|null);
                uptimeS?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.HealthReply.$Properties;
        }

        interface IEchoRequest extends observe.v1.EchoRequest.$Properties {
        }

        class EchoRequest {
            constructor(p?: observe.v1.EchoRequest.$Properties);
            $unknowns?: Uint8Array[];
            returnPayloads: boolean;
            static create(properties: observe.v1.EchoRequest.$Shape): observe.v1.EchoRequest & observe.v1.EchoRequest.$Shape;
            static create(properties?: observe.v1.EchoRequest.$Properties): observe.v1.EchoRequest;
            static encode(m: observe.v1.EchoRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.EchoRequest & observe.v1.EchoRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.EchoRequest;
            static toObject(m: observe.v1.EchoRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EchoRequest {
            interface $Properties {
                returnPayloads?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.EchoRequest.$Properties;
        }

        interface IEchoReply extends observe.v1.EchoReply.$Properties {
        }

        class EchoReply {
            constructor(p?: observe.v1.EchoReply.$Properties);
            $unknowns?: Uint8Array[];
            bytesReceived: (number|Long);
            static create(properties: observe.v1.EchoReply.$Shape): observe.v1.EchoReply & observe.v1.EchoReply.$Shape;
            static create(properties?: observe.v1.EchoReply.$Properties): observe.v1.EchoReply;
            static encode(m: observe.v1.EchoReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.EchoReply & observe.v1.EchoReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.EchoReply;
            static toObject(m: observe.v1.EchoReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EchoReply {
            interface $Properties {
                bytesReceived?: (number|Long|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.EchoReply.$Properties;
        }

        interface IShutdownRequest extends observe.v1.ShutdownRequest.$Properties {
        }

        class ShutdownRequest {
            constructor(p?: observe.v1.ShutdownRequest.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: observe.v1.ShutdownRequest.$Shape): observe.v1.ShutdownRequest & observe.v1.ShutdownRequest.$Shape;
            static create(properties?: observe.v1.ShutdownRequest.$Properties): observe.v1.ShutdownRequest;
            static encode(m: observe.v1.ShutdownRequest.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.ShutdownRequest & observe.v1.ShutdownRequest.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.ShutdownRequest;
            static toObject(m: observe.v1.ShutdownRequest, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShutdownRequest {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.ShutdownRequest.$Properties;
        }

        interface IShutdownReply extends observe.v1.ShutdownReply.$Properties {
        }

        class ShutdownReply {
            constructor(p?: observe.v1.ShutdownReply.$Properties);
            $unknowns?: Uint8Array[];
            static create(properties: observe.v1.ShutdownReply.$Shape): observe.v1.ShutdownReply & observe.v1.ShutdownReply.$Shape;
            static create(properties?: observe.v1.ShutdownReply.$Properties): observe.v1.ShutdownReply;
            static encode(m: observe.v1.ShutdownReply.$Properties, w?: $protobuf.Writer): $protobuf.Writer;
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): observe.v1.ShutdownReply & observe.v1.ShutdownReply.$Shape;
            static fromObject(d: { [k: string]: any }): observe.v1.ShutdownReply;
            static toObject(m: observe.v1.ShutdownReply, o?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShutdownReply {
            interface $Properties {
                $unknowns?: Uint8Array[];
            }
            type $Shape = observe.v1.ShutdownReply.$Properties;
        }
    }
}
